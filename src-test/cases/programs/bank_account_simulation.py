class InsufficientFunds(Exception):
    pass

class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self.owner + " cannot withdraw " + str(amount))
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return "#" + str(self.number) + " " + self.owner + ": " + str(self.balance)

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.02):
        Account.__init__(self, owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = self.balance * self.rate
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e)
            return False
        self.accounts[dst].deposit(amount)
        return True

    def total(self):
        t = 0
        for number in self.accounts:
            t += self.accounts[number].balance
        return t

bank = Bank()
alice = bank.open(Account("alice", 100))
bob = bank.open(SavingsAccount("bob", 250, 0.1))
carol = bank.open(Account("carol"))
print(alice, bob, carol, sep="\n")
print(bank.transfer(alice.number, carol.number, 60))
print(bank.transfer(alice.number, carol.number, 60))
print(bank.transfer(bob.number, alice.number, 200))
print("interest", bob.add_interest())
try:
    carol.deposit(-5)
except ValueError as e:
    print("error:", e)
for number in bank.accounts:
    acct = bank.accounts[number]
    print(acct, acct.history)
print("total", bank.total())
