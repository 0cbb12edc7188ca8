class InsufficientFunds(Exception):
    pass

class Freeze(Exception):
    pass

def account(owner, balance=0):
    history = []
    frozen = False
    reply = f"{owner}: opened with {balance}"
    while True:
        try:
            op = yield reply
        except Freeze as e:
            frozen = True
            reply = f"{owner}: frozen ({e})"
            continue
        except GeneratorExit:
            print(f"  closing {owner}'s account, history={history}")
            raise
        if op is None:
            return balance, history
        kind, amount = op
        if frozen:
            reply = f"{owner}: rejected {kind}, account frozen"
            continue
        if kind == "deposit":
            balance += amount
        elif kind == "withdraw":
            if amount > balance:
                raise InsufficientFunds(f"{owner} needs {amount - balance} more")
            balance -= amount
        history.append((kind, amount))
        reply = f"{owner}: {kind} {amount} -> balance {balance}"

a = account("alice", 100)
print(next(a))
print(a.send(("deposit", 50)))
print(a.send(("withdraw", 30)))
try:
    a.send(("withdraw", 500))
except InsufficientFunds as e:
    print("error:", e)
print("alice alive:", a.gi_frame is not None)

b = account("bob")
print(next(b))
print(b.send(("deposit", 10)))
print(b.throw(Freeze("court order")))
print(b.send(("withdraw", 5)))
try:
    b.send(None)
except StopIteration as e:
    print("bob final:", e.value)

c = account("carol", 5)
next(c)
c.send(("deposit", 1))
c.close()
print("carol closed")
