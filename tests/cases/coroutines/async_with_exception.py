# The body's exception is passed to __aexit__ and propagates when not suppressed.
class Mgr:
    async def __aenter__(self):
        return self
    async def __aexit__(self, typ, val, tb):
        print('aexit', typ.__name__, repr(val), type(tb).__name__)
        return None

async def main():
    try:
        async with Mgr():
            raise ValueError('in body')
    except ValueError as e:
        print('propagated', e)
    return 'ok'

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
