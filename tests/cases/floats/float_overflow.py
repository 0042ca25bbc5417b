try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
print(1e308 * 10, 10.0 ** 308 * 10)
import math
try:
    math.exp(1000)
except OverflowError as e:
    print(e)
print(5e-324 / 2, 1e-320 * 1e-10)
