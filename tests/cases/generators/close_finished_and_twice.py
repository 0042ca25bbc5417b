# close() on a finished generator, and closing twice, are no-ops.
def gen():
    try:
        yield 1
    finally:
        print('finally')

g = gen()
print(list(g))
print('close finished:', g.close())
h = gen()
next(h)
print('first close:', h.close())
print('second close:', h.close())
