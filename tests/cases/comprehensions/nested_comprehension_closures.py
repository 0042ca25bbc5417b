funcs = [lambda x, k=k: x * k for k in range(1, 4)]
print([f(10) for f in funcs])
late = [lambda x: x * k for k in range(1, 4)]
print([f(10) for f in late])
table = [[(r, c) for c in range(2)] for r in range(2)]
print(table)
