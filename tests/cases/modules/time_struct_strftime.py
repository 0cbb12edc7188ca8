import time
g = time.gmtime(1700000000.9)
print(g, g.tm_zone, g.tm_gmtoff, len(g), g[0], g[-1], tuple(g)[:3], type(g).__name__)
print(time.strftime("%a %A %b %B %c %d %H %I %j %m %M %p %S %U %w %W %x %X %y %Y %Z %% %e %F %T %G %V %u %D %R %C %g", g))
for ts in [0, -1, -86401, 951782400, 4102444800, 1704067199, 1609459200, 1230768000]:
    g = time.gmtime(ts)
    print(tuple(g), time.strftime("%G-W%V-%u %U %W %j", g), time.asctime(g))
print(time.mktime(time.localtime(1700000000)), time.ctime(0), time.asctime((2024, 2, 29, 13, 5, 9, 3, 60, 0)))
print(time.strftime("%Y", (2020, 0, 0, 0, 0, 0, 0, 0, 0)), time.timezone, time.daylight, time.tzname, time.localtime(0))
s = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(s, s.tm_hour, time.mktime(s))
for bad in [lambda: time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime("x"), lambda: time.sleep(float("nan")), lambda: time.strftime("%Y", (1, 2)), lambda: time.gmtime(1e20), lambda: time.struct_time((1, 2))]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(type(time.perf_counter_ns()).__name__, time.monotonic_ns() >= 0, isinstance(time.localtime(), tuple))
