# Each call creates an independent generator with its own locals.
def counter(start):
    n = start
    while True:
        yield n
        n += 1

a = counter(0)
b = counter(100)
print(next(a), next(a), next(b), next(a), next(b))
c = counter(0)
print(next(c), next(a))
