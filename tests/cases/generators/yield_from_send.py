# Values sent to the delegating generator go to the subgenerator.
def accumulate():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def outer():
    while True:
        result = yield from accumulate()
        print('subgenerator returned', result)
        if result > 10:
            return 'outer done'

g = outer()
print(next(g))
print(g.send(4))
print(g.send(5))
print(g.send(None))
print(g.send(20))
try:
    g.send(None)
except StopIteration as e:
    print('StopIteration', e.value)
