# Generator yielding ~2M values that are summed (needs generator support).
def numbers(n):
    i = 0
    while i < n:
        yield i * 3 % 1000
        i += 1


def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v


total = sum(numbers(2000000))
even_total = sum(evens(numbers(500000)))
print(total, even_total)
