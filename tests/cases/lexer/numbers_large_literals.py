a = 123456789012345678901234567890
print(a, a + 1, a * a)
b = 0xffffffffffffffffffffffffffffffff
print(b, b == 2 ** 128 - 1)
print(-99999999999999999999, type(a).__name__)
