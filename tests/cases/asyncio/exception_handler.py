# Errors in callbacks go to the loop's exception handler.
import asyncio

loop = asyncio.new_event_loop()

def boom(x):
    raise ValueError(x)

def handler(lp, context):
    print('handler:', lp is loop, sorted(context), context['message'].replace(__file__, 'FILE'))
    print(repr(context['exception']))

print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(boom, 1)
loop.call_soon(loop.stop)
loop.run_forever()
loop.set_exception_handler(None)
try:
    loop.set_exception_handler(1)
except TypeError as e:
    print('TypeError:', e)

def bad_handler(lp, context):
    raise RuntimeError('handler failed')

loop.set_exception_handler(lambda lp, ctx: print('lambda handler', ctx['message']))
loop.call_exception_handler({'message': 'direct call'})
loop.close()

# The default handler logs to stderr.
# (Not for exceptions raised in callbacks: CPython's traceback then shows
# its own asyncio frames.)
loop2 = asyncio.new_event_loop()
loop2.call_exception_handler({'message': 'no exception', 'extra': [1, 2]})
loop2.default_exception_handler({})

async def fails():
    raise KeyError('never retrieved')
t = loop2.create_task(fails())
loop2.run_until_complete(asyncio.sleep(0.01))
print(t.done())
loop2.close()
