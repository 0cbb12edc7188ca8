import re
m = re.match(r"(\w+)@(\w+)", "user@host")
print(m.groups())
for i in range(4):
    print(i, m.group(i))
