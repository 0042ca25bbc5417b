# async methods, staticmethods, classmethods and async lambdas via closures.
class K:
    def __init__(self, v):
        self.v = v
    async def get(self):
        return self.v
    @staticmethod
    async def st(x):
        return x + 1
    @classmethod
    async def cm(cls):
        return cls.__name__

def make(n):
    async def inner():
        return n * 3
    return inner

async def main():
    k = K(4)
    return await k.get(), await K.st(1), await K.cm(), await make(2)()

try:
    main().send(None)
except StopIteration as e:
    print(e.value)
