s = 'Hello, World'
print(s[0], s[-1], s[7], s[-5])
print(s[0:5], s[7:], s[:5], s[-5:], s[:], s[3:3])
print(s[::2], s[1::3], s[::-1], s[-1:-6:-1], s[10:2:-2])
print(s[100:], s[-100:3], repr(s[5:1]))
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s[0] = 'h'
except TypeError as e:
    print(e)
