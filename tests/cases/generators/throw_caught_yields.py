# throw(exc) raises at the paused yield; if caught and the generator yields, throw returns that value.
def gen():
    while True:
        try:
            yield 'waiting'
        except ValueError as e:
            print('caught', repr(e))
            yield 'recovered from ' + str(e)

g = gen()
print(next(g))
print(g.throw(ValueError('boom')))
print(next(g))
print(g.throw(ValueError('again')))
