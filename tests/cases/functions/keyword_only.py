def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2))
print(f(1, c=0, b=9))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
def g(*args, key):
    return args, key
print(g(1, 2, key='k'))
try:
    g(1, 2)
except TypeError as e:
    print(e)
