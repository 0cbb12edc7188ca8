class Base:
    def __init__(self, **kw):
        print("Base init", sorted(kw))
        self.log = ["Base"]
    def hello(self):
        return ["Base"]

class Left(Base):
    def __init__(self, left=None, **kw):
        print("Left init", left)
        super().__init__(**kw)
        self.log.append("Left")
    def hello(self):
        return ["Left"] + super().hello()

class Right(Base):
    def __init__(self, right=None, **kw):
        print("Right init", right)
        super().__init__(**kw)
        self.log.append("Right")
    def hello(self):
        return ["Right"] + super().hello()

class Child(Left, Right):
    def __init__(self, **kw):
        print("Child init")
        super().__init__(**kw)
        self.log.append("Child")
    def hello(self):
        return ["Child"] + super().hello()

c = Child(left=1, right=2)
print(c.log)
print(c.hello())
print(super(Left, c).hello())
print(super(Child, c).hello())

class Parent:
    @classmethod
    def make(cls):
        return "made " + cls.__name__
    @staticmethod
    def st():
        return "static"
class Kid(Parent):
    @classmethod
    def make(cls):
        return super().make() + "!"
print(Kid.make(), Kid.st())

class WithProp:
    @property
    def val(self):
        return 1
class SubProp(WithProp):
    @property
    def val(self):
        return super().val + 10
print(SubProp().val)
