try:
    raise StopIteration(42)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise StopIteration
except StopIteration as e:
    print(e.value, e.args)
it = iter([1])
next(it)
try:
    next(it)
except StopIteration as e:
    print('exhausted', repr(e), e.value)
