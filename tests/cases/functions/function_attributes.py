def documented(a, b=2):
    """Return the sum of a and b."""
    return a + b
def undocumented():
    pass
print(documented.__name__)
print(documented.__doc__)
print(undocumented.__doc__)
print(documented.__defaults__)
documented.custom = 'attr'
print(documented.custom)
print(callable(documented), type(documented).__name__)
print(documented.__qualname__)
class K:
    def m(self):
        def inner(): pass
        return inner
print(K.m.__qualname__, K().m().__qualname__)
