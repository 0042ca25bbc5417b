# After it finished, a generator raises StopIteration (value None) on every next().
def gen():
    yield 1
    return 'done'

g = gen()
print(next(g))
for attempt in range(3):
    try:
        next(g)
    except StopIteration as e:
        print('attempt', attempt, 'value', repr(e.value))
print(next(g, 'default'))
print(list(g))
for x in g:
    print('never', x)
print('end')
