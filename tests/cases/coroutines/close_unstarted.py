# close() on a coroutine that never ran: no warning, body never runs.
async def f():
    print('never')

c = f()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(e)
print('end')
