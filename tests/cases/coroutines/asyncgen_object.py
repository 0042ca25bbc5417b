# An async def with yield is an async generator function.
async def agen():
    yield 1

a = agen()
print(type(a))
print(repr(a).startswith('<async_generator object agen at 0x'))
print(a.__name__, a.__qualname__, a.ag_running, a.ag_code is agen.__code__)
print(a.__aiter__() is a)
print(type(a.__anext__()).__name__)
print(hasattr(a, '__next__'), hasattr(a, '__iter__'), hasattr(a, 'send'))
