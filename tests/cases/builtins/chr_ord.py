print(chr(65), chr(97), chr(0x4e2d), chr(128512) == '\U0001F600')
print(ord('A'), ord('中'), ord('\n'), ord('é'))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    ord('ab')
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord('')
except TypeError as e:
    print(e)
