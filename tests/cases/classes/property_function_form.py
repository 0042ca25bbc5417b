class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 2
    x = property(getx, setx, doc='the x')
c = C()
c.x = 5
print(c.x)
print(type(C.x).__name__, C.x.__doc__)
class D:
    @property
    def value(self):
        """Docstring of value."""
        return 42
print(D().value, D.value.__doc__)
