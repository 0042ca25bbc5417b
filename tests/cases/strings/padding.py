print('[' + 'abc'.center(9) + ']', '[' + 'abc'.center(8, '*') + ']', '[' + 'abcd'.center(9, '-') + ']')
print('[' + 'abc'.ljust(6) + ']', '[' + 'abc'.rjust(6, '.') + ']', '[' + 'abc'.ljust(2) + ']')
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), 'abc'.zfill(5), '12345'.zfill(3))
try:
    'a'.center(5, 'xy')
except TypeError as e:
    print(e)
