# A 5-stage generator pipeline: source -> map -> filter -> window -> accumulate.
def source(n):
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x


def scale(values):
    for v in values:
        yield v % 10007


def keep_odd(values):
    for v in values:
        if v & 1:
            yield v


def pairs(values):
    prev = None
    for v in values:
        if prev is not None:
            yield prev, v
        prev = v


def combine(items):
    for a, b in items:
        yield (a * 31 + b) % 65521


total = 0
count = 0
for v in combine(pairs(keep_odd(scale(source(2500000))))):
    total = (total + v) % 1000000007
    count += 1
print(count, total)
