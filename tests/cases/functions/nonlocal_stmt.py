def outer():
    x = 1
    def change():
        nonlocal x
        x = 2
    def no_change():
        x = 3
        return x
    print(no_change(), x)
    change()
    print(x)
outer()
def acc():
    total = 0
    items = []
    def add(v):
        nonlocal total
        total += v
        items.append(v)
        return total, items
    return add
a = acc()
a(1)
print(a(2))
def levels():
    v = 'L1'
    def l2():
        def l3():
            nonlocal v
            v = 'set by L3'
        l3()
    l2()
    return v
print(levels())
