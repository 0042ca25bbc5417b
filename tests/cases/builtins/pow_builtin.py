print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(0, 0))
print(pow(3, 4, 5), pow(2, 100, 1000), pow(7, -1, 11))
print(2 ** 0.5, pow(4, 0.5), (-8) ** 2)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    pow(0, -1)
except ZeroDivisionError as e:
    print(e)
