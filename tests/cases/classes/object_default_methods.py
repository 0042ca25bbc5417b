class Plain:
    pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b)
print(hash(a) == hash(a))
print(str(a) == repr(a))
print(repr(a).startswith('<__main__.Plain object at '))
print(Plain.__name__, Plain.__bases__ == (object,))
print(isinstance(a, object), a.__class__.__name__)
