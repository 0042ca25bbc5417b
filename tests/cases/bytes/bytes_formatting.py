print(b'%d items' % 5, b'%s and %s' % (b'x', b'y'), b'%5.1f|' % 2.25, b'%x' % 255)
print(str(b'abc'), f'{b"abc"}', '%s' % b'xy', '{}'.format(b'z'))
print(b'abc'.decode('ascii').center(7, '*'))
