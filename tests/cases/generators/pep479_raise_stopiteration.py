# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def gen():
    yield 1
    raise StopIteration('inside')

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', type(e.__cause__).__name__, e.__cause__.args)
    print('context is cause:', e.__context__ is e.__cause__)
    print('suppress_context:', e.__suppress_context__)
print(list(g))

class MyStop(StopIteration):
    pass

def gen2():
    raise MyStop
    yield

try:
    list(gen2())
except RuntimeError as e:
    print('subclass ->', type(e.__cause__).__name__)
