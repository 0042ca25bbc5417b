def outer():
    a = 1
    b = 2
    def inner():
        return a + 100
    return inner
f = outer()
print(f())
def late():
    def get():
        return v
    v = 'assigned after def'
    return get
print(late()())
def early():
    def get():
        return w
    try:
        get()
    except NameError as e:
        print(type(e).__name__, e)
    w = 1
early()
