e = Exception('one', 2, None)
print(e.args, len(e.args))
e.args = ('changed',)
print(e, e.args)
try:
    int('abc')
except ValueError as err:
    print(err.args)
try:
    [1][5]
except IndexError as err:
    print(err.args)
class WithExtra(Exception):
    def __init__(self, msg, extra):
        super().__init__(msg)
        self.extra = extra
w = WithExtra('m', 'x')
print(w.args, w.extra, str(w))
