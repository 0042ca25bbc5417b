for f in [lambda: next(iter([])), lambda: [x for x in None], lambda: dict(5), lambda: list(map(None, None)), lambda: tuple(1.0), lambda: min(3)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, repr(str(e)))
d = {'a': 1, 'b': 2}
try:
    for k in d:
        del d[k]
except Exception as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for x in s:
        s.add(x + 10)
except Exception as e:
    print(type(e).__name__, e)
