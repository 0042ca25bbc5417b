import sys, time, math, functools, collections
print(type(sys.argv).__name__, type(time.time()).__name__, math.floor(2.7))
print(functools.reduce(lambda a, b: a + b, [1, 2, 3]))
print(collections.Counter('aab').most_common(1))
import math as m
print(m is math, m.sqrt(9))
print('math' in sys.modules, '_helper' in sys.modules)
