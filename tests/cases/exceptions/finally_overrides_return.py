def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
        print('finally sees', x)
print(h())
def k():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
print(k())
