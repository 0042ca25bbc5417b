def add_greeting(cls):
    cls.greet = lambda self: f'hello from {type(self).__name__}'
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_greeting
class Widget:
    pass
print(Widget().greet())
print(list(REG), REG['Widget'] is Widget)
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
class S:
    pass
print(S() is S())
