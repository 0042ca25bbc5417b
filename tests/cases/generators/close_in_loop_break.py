# Breaking out of a for loop leaves the generator suspended; close() finishes it.
def gen():
    try:
        for i in range(10):
            yield i
    finally:
        print('finally, i =', i)

g = gen()
for x in g:
    if x == 2:
        break
print('after break, loop var', x)
print('resumed:', next(g))
g.close()
print('after close')
print(list(g))
