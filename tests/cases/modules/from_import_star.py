from _helper import *
print(PUBLIC, greet('star'))
print('_private' in dir(), 'Widget' in dir())
from _shapes import *
print(round(area(2), 4), PI)
try:
    hidden()
except NameError as e:
    print(e)
