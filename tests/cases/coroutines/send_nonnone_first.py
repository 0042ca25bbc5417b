# The first send must be None.
async def f():
    return 1

c = f()
try:
    c.send(5)
except TypeError as e:
    print(e)
c.close()
