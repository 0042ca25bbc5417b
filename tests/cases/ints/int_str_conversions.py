n = 2 ** 100
s = str(n)
print(s, len(s), int(s) == n)
print(str(-12345), repr(-12345), int('-0'), int('000123'))
print(int('  -42\n'), int('1' * 30))
print(f'{n:,}')
print(int('FFFF', 16), int('ffff', base=16), int('zz', 36), int('-101', 2))
try:
    int('12', 1)
except ValueError as e:
    print(e)
try:
    int('')
except ValueError as e:
    print(e)
