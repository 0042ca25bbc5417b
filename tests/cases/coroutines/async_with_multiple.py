# Several managers in one async with: entered in order, exited in reverse.
class Mgr:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print('enter', self.name)
        return self.name
    async def __aexit__(self, typ, val, tb):
        print('exit', self.name, typ and typ.__name__)
        return self.suppress

async def main():
    async with Mgr('a') as a, Mgr('b') as b:
        print('body', a, b)
    async with Mgr('outer', True), Mgr('inner'):
        raise ValueError
    print('after')

try:
    main().send(None)
except StopIteration:
    pass
