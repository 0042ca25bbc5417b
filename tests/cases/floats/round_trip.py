vals = [0.1, 1/3, 2 ** 0.5, 1e-310, 5e-324, 1.7976931348623157e308, 123.456, 9007199254740993.0]
for v in vals:
    s = repr(v)
    print(s, float(s) == v)
print(float('0.1') == 0.1, float('.1'), float('1.'), float('1_000.5'))
