import math
print(math.sqrt(16), math.sqrt(2), math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7))
print(math.pi, math.e, math.inf, -math.inf, math.tau)
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.gcd(12, 18), math.factorial(10), math.fabs(-2), math.trunc(-2.9), math.trunc(2.9))
print(math.log(math.e), math.log(8, 2), math.log10(1000), math.log2(1024), math.exp(0))
print(math.pow(2, 10), math.hypot(3, 4), math.isnan(float('nan')), math.isnan(1.0), math.isinf(math.inf))
print(round(math.sin(math.pi / 2), 10), math.cos(0), round(math.degrees(math.pi), 6), math.radians(180) == math.pi)
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, math.copysign(3, -0.0))
