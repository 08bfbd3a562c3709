# Tracebacks through methods, properties and __init__ show each frame's function name.
class Account:
    def __init__(self, balance):
        self.balance = balance
    @property
    def safe_balance(self):
        return self.check()
    def check(self):
        if self.balance < 0:
            raise ValueError(f"negative balance: {self.balance}")
        return self.balance
def report(acc):
    return acc.safe_balance
print(report(Account(5)))
report(Account(-3))
