import math
a = 0.1 * 3
print(a, a == 0.3, abs(a - 0.3) < 1e-9, math.isclose(a, 0.3))
print(sum([0.1] * 10), math.fsum([0.1] * 10))
print(1e16 + 1 == 1e16, 2 ** 53 + 1.0 == 2 ** 53)
print(0.1 + 0.7, 0.7 + 0.1 == 0.8, round(0.1 + 0.7, 10) == 0.8)
print(1 - 0.9, 4.35 * 100, 1.1 * 1.1)
