import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.acos, 2)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.sqrt('x')
except TypeError as e:
    print(e)
