def make_fact():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact
print(make_fact()(12))
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90))
