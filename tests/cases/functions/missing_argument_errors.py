def f(a, b):
    return a + b
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
def g(a, b, c):
    pass
try:
    g(1)
except TypeError as e:
    print(e)
def kw(*, x, y):
    pass
try:
    kw()
except TypeError as e:
    print(e)
try:
    kw(x=1)
except TypeError as e:
    print(e)
