class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f'{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}')
        self.amount = amount


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(('withdraw', amount))

    def __repr__(self):
        return f'Account(#{self.id}, {self.owner!r}, {self.balance:.2f})'


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        print('transfer failed:', e)
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print(f'audit: {src.owner} -> {dst.owner} {amount}')


alice = Account('alice', 100)
bob = SavingsAccount('bob', 50, rate=0.1)
print(alice, bob)
print(transfer(alice, bob, 30))
print(transfer(alice, bob, 500))
print('interest', bob.add_interest())
try:
    alice.deposit(-5)
except ValueError as e:
    print('error:', e)
for acct in (alice, bob):
    kinds = [kind for kind, _ in acct.history]
    total_in = sum(a for k, a in acct.history if k == 'deposit')
    print(acct.owner, kinds, f'{total_in:.2f}', f'{acct.balance:.2f}')
print(sorted([alice, bob], key=lambda a: a.balance, reverse=True))
