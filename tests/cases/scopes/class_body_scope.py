x = 'global x'
class C:
    x = 'class x'
    y = x + '!'
    def method(self):
        return x
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
print(C.y)
print(C().method())
print(C.doubled)
class D:
    n = 3
    try:
        vals = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(D.err)
