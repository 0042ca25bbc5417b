import sys
try:
    print('body')
    sys.exit(2)
finally:
    print('finally still runs')
