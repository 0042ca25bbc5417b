# An infinite counter with hand-written islice/take/drop helpers.
def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step

def islice(iterable, start, stop, step=1):
    it = iter(iterable)
    i = 0
    nxt = start
    for value in it:
        if i >= stop:
            return
        if i == nxt:
            yield value
            nxt += step
        i += 1

def take(n, iterable):
    for i, v in zip(range(n), iterable):
        yield v

def drop_while(pred, iterable):
    it = iter(iterable)
    for v in it:
        if not pred(v):
            yield v
            break
    yield from it

print(list(islice(count(), 5, 10)))
print(list(islice(count(100, -3), 0, 12, 4)))
print(list(take(4, count(1, 0.5))))
print(list(take(5, drop_while(lambda x: x < 20, count(0, 7)))))
c = count()
print(list(take(3, c)), list(take(3, c)))
