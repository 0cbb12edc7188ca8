import re
print(re.sub(r"(\w+)", r"<\1>", "hi there"))
re.compile("(?P<name>abc")
