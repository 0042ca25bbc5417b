# throw() into a coroutine that has not started raises at its start.
async def f():
    print('never printed')

c = f()
try:
    c.throw(ValueError('boom'))
except ValueError as e:
    print('ValueError', e)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
