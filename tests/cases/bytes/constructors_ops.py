print(bytes(3), bytes([65, 66]), bytes(range(97, 100)), bytes('ab', 'ascii'), bytes(b'copy'))
print(b'a' + b'b', b'ab' * 3, len(b'abc'), b'' + b'')
try:
    bytes([256])
except ValueError as e:
    print(e)
try:
    b'a' + 'b'
except TypeError as e:
    print(e)
try:
    bytes('abc')
except TypeError as e:
    print(e)
print(b'abc' < b'abd', b'b' > b'abc', sorted([b'b', b'a']))
