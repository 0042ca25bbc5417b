name, n, x = 'pyco', 42, 3.14159
print('%s is %d years' % (name, n))
print('%r and %s' % ('quoted', 'plain'))
print('[%5d] [%-5d] [%05d] [%+d]' % (n, n, n, n))
print('[%5.2f] [%-8.3f] [%.0f]' % (x, x, x))
print('[%-5s] [%5s] [%.2s]' % ('ab', 'ab', 'abcdef'))
print('%x %X %o %#x %#o' % (255, 255, 8, 255, 8))
print('%e %E' % (12345.6789, 0.00012))
print('100%% sure, %d%%' % 50)
print('%(name)s has %(count)d items' % {'name': 'cart', 'count': 3})
print('%s' % [1, 2], '%s' % (1,), '%s %s' % ('a', (1, 2)))
print('%c%c' % (72, 'i'), '%i' % 7.9)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
try:
    '%s %s' % ('only one',)
except TypeError as e:
    print(e)
try:
    '%s' % (1, 2)
except TypeError as e:
    print(e)
