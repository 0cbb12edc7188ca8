import math
def area(radius):
    return math.pi * radiu ** 2
print(round(area(2), 3) if False else "start")
print(area(1))
