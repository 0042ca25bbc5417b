import math
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(f == math.factorial(50), len(str(f)))
print(math.factorial(100) // math.factorial(98))
