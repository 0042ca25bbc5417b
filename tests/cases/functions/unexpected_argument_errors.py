def f(a):
    return a
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(a=1, z=2)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
def none():
    pass
try:
    none(1)
except TypeError as e:
    print(e)
def two(a, b=1):
    pass
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
class C:
    def m(self, x):
        pass
try:
    C().m(1, 2)
except TypeError as e:
    print(e)
