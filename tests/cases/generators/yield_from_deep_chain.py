# A yield from chain 10,000 generators deep (CPython 3.11 handles this depth).
import sys
sys.setrecursionlimit(20000)

def chain(n):
    if n == 0:
        x = yield 1
        return x
    return (yield from chain(n - 1))

g = chain(10000)
print(next(g))
try:
    g.send(42)
except StopIteration as e:
    print(e.value)
