print('ab' * 3, 3 * 'xy', 'a' * 0, repr('a' * -2))
print('=' * 20)
s = ''
for i in range(5):
    s += str(i)
print(s, s + '!' + s)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    'a' * 2.0
except TypeError as e:
    print(e)
try:
    'a' * 'b'
except TypeError as e:
    print(e)
