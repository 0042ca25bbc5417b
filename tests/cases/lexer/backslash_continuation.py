x = 1 + \
    2 + \
    3
print(x)
if x > 5 and \
   x < 10:
    print('in range')
s = 'abc' \
    'def'
print(s)
y = \
  7
print(y)
