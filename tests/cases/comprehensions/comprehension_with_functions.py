def square(n):
    return n * n
print([square(n) for n in range(5) if square(n) % 2 == 0])
print([f(3) for f in (abs, str, square)])
print([s.strip().title() for s in ['  ann ', 'BOB', ' cy']])
print({k: sorted(v) for k, v in {'b': [3, 1], 'a': [2, 0]}.items()})
