class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " makes a sound"
    def describe(self):
        return "%s is a %s: %s" % (self.name, self.kind, self.speak())

class Dog(Animal):
    kind = "dog"
    def speak(self):
        return self.name + " barks"

class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak() + " softly"

for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())

p = Puppy("Bo", 2)
print(isinstance(p, Animal), isinstance(p, Dog), isinstance(Dog("x"), Puppy))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy))
print(Puppy.__bases__[0].__name__, Puppy.__name__, Puppy.__qualname__)
print(type(p).__name__, p.__class__.__name__)
print([c.__name__ for c in Puppy.__mro__])
print(sorted(vars(p).items()))
print(Animal.kind, Dog.kind, Puppy.kind)
print(issubclass(Animal, object), object in Animal.__mro__)

class Base:
    def template(self):
        return "[" + self.hook() + "]"
    def hook(self):
        raise NotImplementedError("subclass must implement hook")
class Impl(Base):
    def hook(self):
        return "impl"
print(Impl().template())
try:
    Base().template()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Dog.speak(p))
