s = '  a  b   c  '
print(s.split(), s.split(' '), s.split(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), ''.split(','), ''.split())
print('a-b-c-d'.rsplit('-', 2), 'a b c'.rsplit(None, 1), 'x'.rsplit('y'))
print('-'.join(['x', 'y', 'z']), ''.join('abc'), ', '.join(map(str, [1, 2, 3])))
print('a::b::c'.split('::'), 'abc'.split('abc'))
try:
    'abc'.split('')
except ValueError as e:
    print(e)
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
