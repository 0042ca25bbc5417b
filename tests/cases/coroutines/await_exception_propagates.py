# Exceptions raised by an awaited coroutine propagate to the awaiter.
async def fails():
    raise KeyError('missing')

async def main():
    try:
        await fails()
    except KeyError as e:
        print('caught', e)
    await fails()

c = main()
try:
    c.send(None)
except KeyError as e:
    print('escaped', e)
