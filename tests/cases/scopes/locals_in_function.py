def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g():
    return locals()
print(g())
