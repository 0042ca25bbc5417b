value = 1
def f():
    value = 2
    def g():
        global value
        value = 3
    g()
    return value
print(f(), value)
def reader():
    return [value for _ in range(2)]
print(reader())
