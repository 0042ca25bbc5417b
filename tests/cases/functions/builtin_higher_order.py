def add3(a, b, c):
    return a + b + c
print(list(map(add3, [1, 2], [10, 20], [100, 200])))
print(list(filter(lambda s: s.startswith('a'), ['apple', 'bob', 'avocado'])))
print(sorted([(1, 'b'), (2, 'a')], key=lambda p: p[1]))
import functools
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)))
print(functools.reduce(lambda a, b: a + b, [], 'init'))
