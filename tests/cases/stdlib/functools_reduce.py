from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 7), 1))
print(reduce(lambda acc, s: acc + s[0], ['alpha', 'beta', 'gamma'], ''))
print(reduce(max, [3, 9, 2]))
print(reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
