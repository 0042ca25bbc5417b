ba = bytearray(b'hello')
ba[0] = 72
ba.append(33)
ba.extend(b'??')
print(ba, len(ba), bytes(ba))
del ba[-2:]
print(ba, ba.decode())
print(bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
ba2 = bytearray(b'abc')
ba2[1:2] = b'XYZ'
print(ba2, ba2.pop(), ba2)
