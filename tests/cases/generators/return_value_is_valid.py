# `return value` in a generator is valid (Python 3): the value goes to StopIteration.
def gen():
    yield 'a'
    return {'status': 'ok', 'count': 1}

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(sorted(e.value.items()))
def early(flag):
    if flag:
        return 'early exit'
    yield 'normal'
print(list(early(True)), list(early(False)))
try:
    next(early(True))
except StopIteration as e:
    print(e.value)
