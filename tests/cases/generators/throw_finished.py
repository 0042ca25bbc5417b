# throw() on a finished generator just raises the exception in the caller.
def gen():
    yield 1

g = gen()
list(g)
try:
    g.throw(ValueError('late'))
except ValueError as e:
    print('ValueError:', e)
try:
    g.throw(StopIteration)
except StopIteration as e:
    print('StopIteration passes through', type(e).__name__)
print(list(g))
