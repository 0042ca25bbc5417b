s = 'abc' "def" '''ghi'''
print(s)
t = ('first part, '
     'second part, '
     "third part")
print(t)
x = 42
u = 'value: ' f'{x}' ' units'
print(u)
print(r'\n' '\n' == '\\n\n')
print(len('a' 'b' 'c'))
v = b'ab' b'cd'
print(v)
