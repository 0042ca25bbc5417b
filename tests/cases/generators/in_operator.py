# `in` consumes a generator only up to the first match.
def gen():
    for i in range(6):
        print('produce', i)
        yield i

g = gen()
print(2 in g)
print('rest:', list(g))
g = gen()
print(10 in g)
print('rest:', list(g))
print(3 not in (x * 2 for x in range(3)))
