e = 'before'
try:
    raise ValueError('boom')
except ValueError as e:
    print('inside', e)
try:
    print(e)
except NameError as err:
    print('NameError', err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return type(saved).__name__, 'exc' in locals()
print(f())
