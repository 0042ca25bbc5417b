# __exit__ runs with no exception when the generator is exhausted.
class Resource:
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, exc_type, exc, tb):
        print('exit', exc_type)

def gen():
    with Resource():
        yield 1
        yield 2
    print('after with')
    yield 3

for v in gen():
    print('value', v)
