class Single:
    _instance = None
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v):
        print('__init__', v)
        self.v = v
a = Single(1)
b = Single(2)
print(a is b, a.v)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper('hello')
print(u, type(u).__name__, isinstance(u, str), len(u))
class NoInit:
    def __new__(cls):
        return 42
print(NoInit())
