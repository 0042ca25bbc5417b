try:
    '{} {}'.format('one')
except IndexError as e:
    print(type(e).__name__, e)
try:
    '{name}'.format(other=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{:d}'.format('s')
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{'.format()
except ValueError as e:
    print(type(e).__name__, e)
try:
    '{:.2f}'.format('x')
except ValueError as e:
    print(type(e).__name__, e)
