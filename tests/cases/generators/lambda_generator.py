# A lambda containing yield is a generator function.
f = lambda: (yield 1)
g = f()
print(type(g).__name__)
print(next(g))
try:
    g.send('sent')
except StopIteration as e:
    print('returned', e.value)
pair = lambda: [(yield 'a'), (yield 'b')]
print(list(pair()))
