# throw(GeneratorExit) behaves like a close that propagates GeneratorExit.
def gen():
    try:
        yield 1
    finally:
        print('cleanup')

g = gen()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print('GeneratorExit propagated')
print(list(g))
