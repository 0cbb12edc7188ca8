import hashlib

class DifferentCityException(Exception):
    pass

WEATHER = {"London": "rain", "Madrid": "sun", "Oslo": "snow"}

def md5_service():
    output = None
    try:
        while s := (yield output):
            output = hashlib.md5(s.encode()).hexdigest()
    finally:
        print("  [md5 service closed]")
    return "md5 finished"

def lookup_service(city):
    output = None
    try:
        while True:
            try:
                key = yield output
                if key is None:
                    break
                output = f"{city}/{key}: " + WEATHER.get(city, "unknown")
            except DifferentCityException as e:
                city = e.args[0]
                print("  [lookup redirected to", city + "]")
                output = "redirected to " + city
    finally:
        print("  [lookup service closed]")
    return "lookup finished"

def megaservice():
    while True:
        kind = yield "which service?"
        print("  routing to", kind)
        if kind == "md5":
            result = yield from md5_service()
        elif kind == "lookup":
            result = yield from lookup_service("London")
        else:
            result = "unknown service " + repr(kind)
        print("  sub-service result:", result)

m = megaservice()
print(next(m))
print(m.send("md5"))
print(m.send("abc"))
print(m.send("hello"))
print(m.send(""))
print(m.send("lookup"))
print(m.send("today"))
print(m.throw(DifferentCityException("Madrid")))
print(m.send("tomorrow"))
print(m.throw(DifferentCityException("Atlantis")))
print(m.send("now"))
print(m.gi_yieldfrom.__name__)
m.close()
print("megaservice closed", m.gi_frame)
