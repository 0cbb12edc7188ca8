import datetime
from datetime import date, timedelta

d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2))
print(d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(d.toordinal()))
print(date(2000, 1, 1) - date(1999, 1, 1), d.replace(day=1), date.fromisoformat("2023-12-31"))
print(d.strftime("%Y/%m/%d %A %B %j"), f"{d:%d.%m.%Y}", d.ctime())
dt = datetime.datetime(2023, 12, 31, 23, 59, 58, 500000)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(" ", "seconds"))
print(dt + timedelta(seconds=2), dt - timedelta(days=365, hours=1))
print(dt - datetime.datetime(2023, 1, 1), dt.date(), dt.time(), repr(dt.time()))
print(dt.strftime("%H:%M:%S.%f %%f"), dt > datetime.datetime(2023, 1, 1), dt == dt.replace())
td = timedelta(days=-1, seconds=5)
print(td, repr(td), abs(td), td.total_seconds(), timedelta(hours=25, microseconds=7))
print(timedelta(weeks=1) // timedelta(days=2), timedelta(minutes=90) / 2, timedelta(0), repr(timedelta()))
print(timedelta(seconds=1.5) * 3, -timedelta(seconds=1), timedelta(days=2) > timedelta(hours=47))
print(repr(datetime.datetime(2020, 5, 17)), repr(datetime.time(10, 30)), datetime.time(1, 2, 3, 4))
now = datetime.datetime.now()
today = date.today()
print(type(now).__name__, isinstance(now, date), now.date() == today or now.date() > today)
print(abs(datetime.datetime.fromtimestamp(now.timestamp()) - now) < timedelta(seconds=1))
for bad in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(datetime.MINYEAR, datetime.MAXYEAR, date.max, datetime.datetime.min)
