# PEP 479: next() of an exhausted iterator inside a generator is a RuntimeError too.
def first_of_each(*iterables):
    for it in iterables:
        yield next(iter(it))

try:
    print(list(first_of_each([1, 2], 'ab', [], [3])))
except RuntimeError as e:
    print('RuntimeError:', e)
    print('cause:', type(e.__cause__).__name__)

def safe_first_of_each(*iterables):
    for it in iterables:
        try:
            yield next(iter(it))
        except StopIteration:
            return

print(list(safe_first_of_each([1, 2], 'ab', [], [3])))
