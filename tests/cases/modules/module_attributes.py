import _helper
import math
names = [n for n in dir(_helper) if not n.startswith('__')]
print(names)
print(hasattr(_helper, 'greet'), getattr(_helper, 'missing', 'no attr'))
_helper.new_attr = 'set from outside'
print(_helper.new_attr)
print(type(_helper).__name__, type(math).__name__)
print(math.__name__, __name__)
try:
    _helper.nothing_here
except AttributeError as e:
    print(e)
