s = 'a\tb\nc\\d\'e\"f'
print(s)
print(repr(s))
print(repr('\a\b\f\v\r\0'))
print([ord(c) for c in '\a\b\f\v\r\0\t\n'])
print('back\\slash', len('\\'))
print('line1\
line2')
