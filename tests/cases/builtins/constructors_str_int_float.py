print(str(42), str(3.5), str(None), str([1, 'a']), str(b'hi'), str())
print(int('42'), int(' 7 '), int('-13'), int('+5'), int('ff', 16), int('0xff', 16), int('777', 8), int('101', 2), int('z', 36))
print(int(3.99), int(-3.99), int(True), int(), int('1_000'))
print(int('0b101', 0), int('0o17', 0), int('42', 0))
print(float('1.5'), float(' -2 '), float('1e3'), float('inf'), float('-inf'), float('nan'), float(), float(7))
print(float('Infinity'), float('  3.25\n'))
for bad in ['x', '', '1.5', '12a']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float('abc')
except ValueError as e:
    print(e)
try:
    int('9', 8)
except ValueError as e:
    print(e)
