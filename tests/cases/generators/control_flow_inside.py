# yield inside while/for/if/try/except/else/finally blocks.
def gen(items):
    for i, v in enumerate(items):
        if i % 2:
            yield 'odd', v
        else:
            yield 'even', v
    n = 0
    while n < 2:
        n += 1
        yield 'while', n
    else:
        yield 'while-else', n
    try:
        yield 'try'
        1 / 0
    except ZeroDivisionError:
        yield 'except'
    else:
        yield 'not reached'
    finally:
        yield 'finally'
    try:
        yield 'try2'
    except Exception:
        yield 'not reached'
    else:
        yield 'else'

for item in gen('abc'):
    print(item)
