# A return in finally during close() swallows GeneratorExit; in 3.11 close() still returns None.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print('finally')
        return 'from finally'

g = gen()
next(g)
print('close ->', repr(g.close()))
print(list(g))
