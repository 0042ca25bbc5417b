# return/break/continue inside async with run __aexit__.
class Mgr:
    def __init__(self, n):
        self.n = n
    async def __aenter__(self):
        return self.n
    async def __aexit__(self, *exc):
        print('exit', self.n, exc)

async def main():
    for i in range(4):
        async with Mgr(i) as n:
            if n == 1:
                continue
            if n == 2:
                break
            print('body', n)
    async with Mgr('r'):
        return 'returned'

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
