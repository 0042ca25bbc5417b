print(b'abc', B"xyz")
print(rb'\n', br'\t', len(rb'\n'))
print(b'\x00\xff\n\t\\')
print(b"it's", b'say "hi"', b'both \' and "')
print(b'''tri
ple''')
print(list(b'\x01\x02\x7f'))
print(b'\101\102')
