class Account:
    def deposit(self, n):
        return n

acct = Account()
acct.deposit(1)
acct.withdraw(5)
