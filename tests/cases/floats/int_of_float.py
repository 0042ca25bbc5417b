print(int(3.7), int(-3.7), int(1e20), int(2.5), int(-0.5))
import math
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(-3.5), round(-3.5))
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
try:
    int(float('nan'))
except ValueError as e:
    print(e)
print(int(1e300) == 10 ** 300, len(str(int(1e300))))
