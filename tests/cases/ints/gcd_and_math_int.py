import math
print(math.gcd(48, 18), math.gcd(0, 5), math.gcd(-12, 8), math.gcd(2 ** 64, 2 ** 40 * 3))
print(math.isqrt(99), math.isqrt(10 ** 20))
print(math.comb(10, 3), math.perm(5, 2))
print(math.lcm(4, 6) if hasattr(math, 'lcm') else 12)
