from _helper import greet as hello, PUBLIC as P, Widget
print(hello('x'), P, Widget(1))
from math import sqrt as square_root, pi
print(square_root(16), round(pi, 3))
from collections import OrderedDict as OD
print(OD.__name__)
