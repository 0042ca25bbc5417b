print((3.0).is_integer(), (3.5).is_integer(), (-0.0).is_integer(), (1e300).is_integer())
print((0.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-2.0).as_integer_ratio())
print((1.0).hex(), float.fromhex('0x1.8p1'), (3.5).real, (3.5).conjugate())
print(float.__name__, (2.5).__add__(1), (7.0).__floordiv__(2))
