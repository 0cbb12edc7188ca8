"""Future statement definitions: each feature records the release that made it
available, the release that makes it mandatory (None: not planned), and the flag
compile() takes for it."""


class _Feature:
    def __init__(self, optional, mandatory, compiler_flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """Return the first release in which this feature was recognized."""
        return self.optional

    def getMandatoryRelease(self):
        """Return the release in which this feature becomes mandatory (or None)."""
        return self.mandatory

    def __repr__(self):
        return f"_Feature({self.optional!r}, {self.mandatory!r}, {self.compiler_flag!r})"


_features = [
    ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), 0x10),
    ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), 0),
    ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x20000),
    ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), 0x40000),
    ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), 0x80000),
    ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x100000),
    ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x200000),
    ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), 0x400000),
    ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), 0x800000),
    ("annotations", (3, 7, 0, "beta", 1), None, 0x1000000),
]

all_feature_names = [name for name, *_ in _features]
__all__ = ["all_feature_names"] + all_feature_names

for _name, _optional, _mandatory, _flag in _features:
    globals()[_name] = _Feature(_optional, _mandatory, _flag)
del _name, _optional, _mandatory, _flag
