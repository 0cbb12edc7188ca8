import time
t = time.time()
print(type(t).__name__, t > 1600000000)
m1 = time.monotonic()
r = time.sleep(0.01)
m2 = time.monotonic()
print(r, m2 >= m1, m2 - m1 >= 0.005)
p1 = time.perf_counter()
total = sum(range(10000))
p2 = time.perf_counter()
print(type(p1).__name__, p2 >= p1, total)
print(time.sleep(0) is None)
try:
    time.sleep(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.sleep("1")
except TypeError as e:
    print(type(e).__name__, e)
ns = time.time_ns()
print(type(ns).__name__, ns > 1600000000 * 10 ** 9)
print(type(time.monotonic_ns()).__name__)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)))
