data = 'Hi!'.encode()
total = 0
for byte in data:
    print(byte, chr(byte), hex(byte))
    total += byte
print(total, sum(data), max(data), min(data))
print(bytes(x ^ 0x20 for x in b'abc'))
print(bytes(sorted(b'dcba')), list(reversed(b'ab')))
