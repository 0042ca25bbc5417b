a = [1, 2, 3]
try:
    a[3]
except IndexError as e:
    print(e)
try:
    a[-4]
except IndexError as e:
    print(e)
try:
    a[3] = 0
except IndexError as e:
    print(e)
try:
    a['x']
except TypeError as e:
    print(e)
try:
    a[1.0]
except TypeError as e:
    print(e)
print(a[True], a[-1])
