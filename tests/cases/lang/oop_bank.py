class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %d, have %d" % (needed, available))
        self.needed = needed

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(amount, self._balance)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return "%s(#%d, %s, %d)" % (type(self).__name__, self.id, self.owner, self._balance)

class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = int(self._balance * self.rate)
        return self.deposit(interest)

a = Account("ann", 100)
s = Savings("bob", 1000)
a.deposit(50).withdraw(30)
s.add_interest().withdraw(500)
print(a, s)
print(a.history, s.history)
for action in [lambda: a.withdraw(1000), lambda: a.deposit(-5), lambda: setattr(a, "balance", 5)]:
    try:
        action()
    except (InsufficientFunds, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
accounts = sorted([a, s, Savings("cy", 10)], key=lambda acc: acc.balance, reverse=True)
print(accounts)
print(sum(acc.balance for acc in accounts), [acc.id for acc in accounts])
print(isinstance(s, Account), Savings.__mro__[1].__name__, s.rate, Account._next_id)
