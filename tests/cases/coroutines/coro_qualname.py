# The repr and __qualname__ of coroutines of methods and nested functions.
class C:
    async def m(self):
        pass

def outer():
    async def inner():
        pass
    return inner()

c = C().m()
print(c.__qualname__, repr(c).startswith('<coroutine object C.m at 0x'))
i = outer()
print(i.__name__, i.__qualname__)
print(repr(i).startswith('<coroutine object outer.<locals>.inner at 0x'))
c.close()
i.close()
