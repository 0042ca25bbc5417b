try:
    import nope
except Exception as e:
    print(type(e).__name__, e)
try:
    from os import nope_function
except Exception as e:
    print(type(e).__name__, str(e).split(' (')[0])
import math
try:
    math.nope
except Exception as e:
    print(type(e).__name__, e)
