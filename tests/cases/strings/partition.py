print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('no separator'.partition('='))
print('no separator'.rpartition('='))
k, _, v = 'name: pyco'.partition(': ')
print(k, v)
try:
    'a'.partition('')
except ValueError as e:
    print(e)
