# A generator expression has its own scope.
x = 'global x'
g = (x for x in range(3))
print(list(g))
print(x)

class C:
    values = [1, 2, 3]
    factor = 10
    doubled = list(v * 2 for v in values)
    try:
        scaled = list(v * factor for v in values)
    except NameError as e:
        print('NameError:', e)

print(C.doubled)

def f():
    n = 5
    g = (i * n for i in range(3))
    n = 100
    return list(g)

print(f())
