# type(), repr(), __name__ and __qualname__ of generator objects.
def numbers():
    yield 1

class Box:
    def items(self):
        yield 'a'

def outer():
    def inner():
        yield 0
    return inner()

g = numbers()
print(type(g).__name__)
print(type(g))
print(repr(g).startswith('<generator object numbers at 0x'))
print(str(g) == repr(g))
print(g.__name__, g.__qualname__)
m = Box().items()
print(m.__name__, m.__qualname__)
print(repr(m).startswith('<generator object Box.items at 0x'))
i = outer()
print(i.__name__, i.__qualname__)
print(repr(i).startswith('<generator object outer.<locals>.inner at 0x'))
print(type(numbers).__name__)
print(callable(g), hasattr(g, '__next__'), hasattr(g, 'send'), hasattr(g, 'throw'), hasattr(g, 'close'))
