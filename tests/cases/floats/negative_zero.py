import math
z = -0.0
print(z, 0.0 == -0.0, str(z), repr(z))
print(math.copysign(1, z), math.copysign(1, 0.0))
print(-0.0 + 0.0, 0.0 * -1, abs(-0.0), round(-0.4), round(-0.4, 1))
print(f'{-0.0:.1f}', f'{-0.0001:.2f}', int(-0.0))
