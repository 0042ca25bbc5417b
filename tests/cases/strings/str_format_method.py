print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'))
print('{name} is {age}'.format(name='Ann', age=30))
print('{0[0]} {0[key]} {1.real}'.format({0: 'zero', 'key': 'v'}, 5))
class P:
    x = 3
    y = [10, 20]
print('{p.x} {p.y[1]}'.format(p=P()))
print('{!r} {!s} {!a}'.format('s', 's', 'é'))
print('{{}} {{{}}}'.format('in braces'))
print('{:>10}|{:<10}|{:^10}|'.format('r', 'l', 'c'))
print('{:*>8}|{:0<6}|{:#^9}|'.format('x', 7, 'mid'))
print('{:+d} {:+d} {: d} {: d} {:-d}'.format(5, -5, 5, -5, 5))
print('{:,} {:_} {:,.2f} {:_x}'.format(1234567, 1234567, 1234567.891, 0xffffffff))
print('{:10.3f}|{:.3s}|{:08.2f}'.format(3.14159, 'abcdef', -1.5))
print('{0:{1}}|{0:>{1}}|{2:.{3}f}'.format('ab', 6, 2.71828, 2))
print('{:%}'.format(0.5), '{:.1e}'.format(12345), '{:b}'.format(10), '{:#o}'.format(8))
