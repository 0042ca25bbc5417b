# close() on a never-started generator runs nothing and marks it closed.
def gen():
    print('body')
    try:
        yield 1
    finally:
        print('finally')

g = gen()
print(g.close())
print(list(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
