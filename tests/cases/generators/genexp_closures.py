# Closures over the loop variable: a list of lambdas vs a lazily consumed genexp.
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
print([f() for f in (lambda: i for i in range(3))])
print([f() for f in list(lambda: i for i in range(3))])
print([f() for f in [lambda i=i: i for i in range(3)]])
adders = (lambda x, n=n: x + n for n in range(3))
print([a(10) for a in adders])
