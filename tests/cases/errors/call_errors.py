def f(a):
    return a
def g(a, b):
    return a + b
def h(a, *, k):
    return a
tests = [lambda: f(1, 2), lambda: g(1), lambda: f(z=1), lambda: f(1, a=1), lambda: h(1, 2), lambda: h(1), lambda: f(), lambda: g(1, 2, 3)]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)
