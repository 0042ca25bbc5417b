# An exception inside __await__ propagates through the await.
class Bad:
    def __await__(self):
        raise ValueError('from __await__')

async def main():
    try:
        await Bad()
    except ValueError as e:
        print('caught', e)

try:
    main().send(None)
except StopIteration:
    print('done')
