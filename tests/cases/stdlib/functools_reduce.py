from functools import reduce
def add(a, b):
    return a + b
print(reduce(add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 7), 1))
print(reduce(lambda acc, s: acc + s[0], ['alpha', 'beta', 'gamma'], ''))
print(reduce(max, [3, 9, 2]))
print(reduce(add, [], 0))
try:
    reduce(add, [])
except TypeError as e:
    print(e)
