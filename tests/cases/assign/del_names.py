x = 5
print(x)
del x
try:
    print(x)
except NameError as e:
    print('NameError:', e)
a = b = 1
del a, b
print('a' in dir(), 'b' in dir())
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
