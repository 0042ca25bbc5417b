class C:
    def __call__(self): pass
class D:
    pass
print(callable(len), callable(print), callable(lambda: 0), callable(C), callable(C()), callable(D()))
print(callable(1), callable('s'), callable(None), callable(int), callable(str.upper), callable('a'.upper))
