class CM:
    def __init__(self, swallow):
        self.swallow = swallow
    def __enter__(self):
        print('enter')
        return self
    def __exit__(self, et, ev, tb):
        print('exit with', et.__name__ if et else None, repr(ev))
        return self.swallow
with CM(True):
    raise ValueError('swallowed')
print('continued')
try:
    with CM(False):
        raise ValueError('propagates')
except ValueError as e:
    print('caught', e)
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
try:
    with BadEnter():
        print('body not run')
except RuntimeError as e:
    print(e)
