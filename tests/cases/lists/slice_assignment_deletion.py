a = list(range(10))
a[2:4] = ['x']
print(a)
a[::3] = ['A', 'B', 'C']
print(a)
del a[1::2]
print(a)
a[1:1] = [7, 7]
print(a)
a[-2:] = []
print(a)
b = [1, 2, 3, 4, 5]
b[::-1] = 'abcde'
print(b)
del b[::-2]
print(b)
try:
    b[::2] = [1, 2, 3]
except ValueError as e:
    print(e)
