print((10).to_bytes(2, 'big'), (10).to_bytes(2, 'little'))
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((-1).to_bytes(2, 'big', signed=True), int.from_bytes(b'\xff\xff', 'big', signed=True))
print((255).to_bytes(1, 'big'))
try:
    (256).to_bytes(1, 'big')
except OverflowError as e:
    print(e)
print((12).conjugate(), (7).numerator, (7).denominator, (3).real, (3).imag)
print(int.__name__, (5).__add__(3), (5).__mul__(2))
