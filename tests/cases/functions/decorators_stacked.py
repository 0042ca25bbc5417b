def bold(f):
    def w():
        return '<b>' + f() + '</b>'
    return w
def italic(f):
    def w():
        return '<i>' + f() + '</i>'
    return w
@bold
@italic
def text():
    return 'hi'
print(text())
@italic
@bold
def text2():
    return 'yo'
print(text2())
def trace(label):
    def deco(f):
        print('decorating', f.__name__, 'with', label)
        return f
    return deco
@trace('outer')
@trace('inner')
def g():
    pass
