s = 'abc'
t = s
s += 'd'
print(s, t, s is t)
u = s.upper()
print(s, u)
chars = list(s)
chars[0] = 'X'
print(''.join(chars), s)
try:
    del s[0]
except TypeError as e:
    print(e)
