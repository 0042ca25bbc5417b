# Fibonacci numbers from an infinite generator.
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

fib = fibonacci()
print([next(fib) for _ in range(15)])
for i, f in enumerate(fibonacci()):
    if f > 10 ** 30:
        print('first above 10**30: F(%d) = %d' % (i, f))
        break
def take_while_small(limit):
    for f in fibonacci():
        if f >= limit:
            return
        yield f
print(sum(f for f in take_while_small(4000000) if f % 2 == 0))
