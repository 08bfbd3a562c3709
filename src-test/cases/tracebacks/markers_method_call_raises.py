class Account:
    def withdraw(self, n):
        raise ValueError('insufficient funds: ' + str(n))

Account().withdraw(5)
