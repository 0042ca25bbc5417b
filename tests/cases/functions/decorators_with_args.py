def repeat(times):
    def deco(func):
        def wrapper(*a):
            return [func(*a) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('x'))
def prefix(p, sep=': '):
    def deco(func):
        def wrapper(msg):
            return p + sep + func(msg)
        return wrapper
    return deco
@prefix('LOG', sep=' | ')
def log(m):
    return m.upper()
print(log('started'))
