# Builtins that consume iterables work on generators.
def gen(*values):
    for v in values:
        yield v

print(sum(gen(1, 2, 3, 4)))
print(sorted(gen(3, 1, 2)))
print(sorted(gen('b', 'c', 'a'), reverse=True))
print(list(zip(gen(1, 2, 3), gen('a', 'b'))))
print(list(enumerate(gen('x', 'y', 'z'), 1)))
print(min(gen(5, 3, 9)), max(gen(5, 3, 9)))
print(tuple(gen(1, 2)), set(gen(4, 4)) == {4})
print(dict(gen(('a', 1), ('b', 2))))
print('-'.join(gen('p', 'q', 'r')))
print(any(gen(0, 0, 1)), all(gen(1, 1, 0)))
print(list(map(str, gen(7, 8))))
print(list(filter(None, gen(0, 1, '', 'x'))))
print(list(reversed(list(gen(1, 2, 3)))))
a, b = gen(10, 20)
print(a, b)
first, *rest = gen(1, 2, 3, 4)
print(first, rest)
print([*gen(1, 2), *gen(3)])
print(*gen('print', 'args'))
