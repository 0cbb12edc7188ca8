class DifferentCityException(Exception):
    pass

def weather(city):
    try:
        while True:
            day = yield
            print(f"  weather in {city} on {day}: fine")
    except DifferentCityException as e:
        print("  weather service cannot redirect to", e)
        raise

def megaservice():
    print("  megaservice up")
    yield from weather("London")

m = megaservice()
next(m)
m.send("monday")
m.send("tuesday")
m.throw(DifferentCityException("Paris"))
print("unreachable")
