print('ell' in 'hello', 'xyz' in 'hello', '' in 'abc', 'H' not in 'hello')
print('apple' < 'banana', 'Zebra' < 'apple', 'abc' < 'abd', 'abc' < 'abcd', 'b' > 'abc')
print('a' == 'a', 'a' != 'A', 'abc' <= 'abc', sorted(['b', 'A', 'a', 'B', '_', '1']))
print(max('hello'), min('hello'), 'é' > 'z')
try:
    'a' < 1
except TypeError as e:
    print(e)
try:
    1 in 'abc'
except TypeError as e:
    print(e)
