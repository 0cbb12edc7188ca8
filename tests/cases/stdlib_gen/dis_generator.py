# dis on generator functions: the listing names the yield instruction and carries line
# numbers; code_info/show_code report the GENERATOR flag. (coil's opcodes are its own, so
# only what both implementations share is printed.)
import dis


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return "".join(self.parts)


def countdown(n):
    while n > 0:
        got = yield n
        if got is not None:
            n = got
        n -= 1
    return "done"


def plain(x):
    return x + 1


out = Sink()
dis.dis(countdown, file=out)
listing = out.text()
for name in ["YIELD_VALUE", "RETURN_VALUE", "LOAD_FAST", "LOAD_CONST", "STORE_FAST"]:
    print(name, name in listing)
first = countdown.__code__.co_firstlineno
lines_shown = {int(tok) for row in listing.splitlines() if row[:8].strip().isdigit()
               for tok in [row[:8].split()[0]]}
print("body lines listed:", sorted(l - first for l in lines_shown if l > first))

info = dis.code_info(countdown)
print("GENERATOR" in info, "GENERATOR" in dis.code_info(plain))
print(dis.pretty_flags(countdown.__code__.co_flags & 0x20))
print(countdown.__code__.co_flags & 0x20 != 0, plain.__code__.co_flags & 0x20 != 0)
print(countdown.__code__.co_name, countdown.__code__.co_argcount, countdown.__code__.co_varnames)

out2 = Sink()
dis.show_code(countdown, file=out2)
shown = out2.text()
for key in ["Name:", "Argument count:", "Flags:", "Variable names:"]:
    print(key, key in shown)
print([row.split(":", 1)[1].strip() for row in shown.splitlines() if row.startswith("Name:")])

gen = countdown(3)
print(gen.gi_code is countdown.__code__, next(gen), gen.send(2), list(gen))
try:
    dis.dis(42)
except TypeError as e:
    print("TypeError", e)
