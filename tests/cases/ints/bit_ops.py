a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(-6 & 3, -6 | 3, -6 ^ 3, ~(2 ** 70))
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1)
print(0xff & -256, -1 & 0xffff)
