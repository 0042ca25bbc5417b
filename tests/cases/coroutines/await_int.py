# Awaiting something that is not awaitable.
async def main(x):
    await x

for v in [1, 'abc', None, [1], 1.5]:
    try:
        main(v).send(None)
    except TypeError as e:
        print(e)
