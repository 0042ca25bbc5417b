def f(**kwargs):
    return kwargs
print(f())
print(f(a=1, b=2))
def g(x, **rest):
    return x, sorted(rest.items())
print(g(1, z=26, y=25))
print(g(x=5, w=0))
def h(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3))
print(h(1, 2, 3, 4, c=5, e=6))
