x = 'global'
def read():
    return x
def write():
    global x
    x = 'rewritten'
def shadow():
    x = 'local'
    return x
print(read(), shadow(), x)
write()
print(read(), x)
def declare_many():
    global a, b
    a, b = 1, 2
declare_many()
print(a + b)
