print(b'abc', b'', b'\x00\x01\xff', b'\t\n\r', b'\\', b"'", b'"', b'\'"')
print(repr(b'hello'), bytes([0, 127, 128, 255]))
print(b'A' == bytes([65]), b'abc' == 'abc', b'abc' != 'abc')
print(b'\x41\x42', b'\101')
