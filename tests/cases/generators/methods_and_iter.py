# Generator methods, __iter__ written as a generator, static and class methods.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def pairs(self):
        for n in self:
            yield n, n * n

    @staticmethod
    def letters(word):
        yield from word

    @classmethod
    def names(cls):
        yield cls.__name__

c = Countdown(3)
print(list(c))
print(list(c))
print(list(c.pairs()))
print(list(Countdown.letters('hi')))
print(list(Countdown.names()))
it = iter(c)
print(type(it).__name__, next(it))
