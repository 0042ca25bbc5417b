def f():
    v = 1
    def g():
        v = 2
        def h():
            return v
        return h()
    return g(), v
print(f())
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
    for _ in range(5):
        inc()
    return n
print(counter())
