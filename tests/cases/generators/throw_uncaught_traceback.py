# Traceback of an exception thrown into a generator that does not catch it.
def worker():
    total = 0
    while True:
        value = yield total
        total += value

w = worker()
next(w)
w.send(5)
w.throw(ValueError('bad input'))
