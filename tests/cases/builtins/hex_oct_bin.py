print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(10), bin(-10), bin(0))
print(hex(2 ** 64), bin(255)[2:].zfill(10))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
try:
    hex(1.5)
except TypeError as e:
    print(e)
