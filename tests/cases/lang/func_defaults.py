def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(greeting="Yo", name="Di"))

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe_append(1), safe_append(2))

counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())

def f(a, b=2, *, c=3):
    return (a, b, c)
print(f.__defaults__, f.__kwdefaults__)
print(f(1), f(1, 5, c=9))
