def reg(cls):
    return cls.missing
@reg
class K:
    pass
