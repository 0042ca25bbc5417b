def forever(n):
    return forever(n + 1)
try:
    forever(0)
except Exception as e:
    print(type(e).__name__, str(e).startswith('maximum recursion depth exceeded'))
class Loop:
    def __repr__(self):
        return repr(self)
try:
    repr(Loop())
except RecursionError as e:
    print('RecursionError', str(e).startswith('maximum recursion depth exceeded'))
print('still alive')
