x = 1
for i in range(100):
    x = x * 3 + 1
print(x)
print(x % 1000000007)
y = x
y //= 10 ** 40
print(y)
y <<= 3
print(y)
y ^= y
print(y)
