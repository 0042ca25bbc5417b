def compute():
    import math
    from _helper import greet
    return math.factorial(5), greet('inner')
print(compute())
try:
    math
except NameError as e:
    print(e)
