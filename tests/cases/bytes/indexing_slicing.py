b = b'hello'
print(b[0], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[::2], b[10:])
print(list(b), [x for x in b if x > 104])
print(104 in b, b'll' in b, b'x' in b)
try:
    b[0] = 72
except TypeError as e:
    print(e)
try:
    b[10]
except IndexError as e:
    print(e)
