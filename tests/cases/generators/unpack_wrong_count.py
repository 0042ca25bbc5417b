# Unpacking a generator that yields too many or too few values.
def gen(n):
    for i in range(n):
        print('yield', i)
        yield i

try:
    a, b = gen(3)
except ValueError as e:
    print('ValueError:', e)
try:
    a, b = gen(1)
except ValueError as e:
    print('ValueError:', e)
a, b = gen(2)
print(a, b)
