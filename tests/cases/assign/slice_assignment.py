a = [0, 1, 2, 3, 4, 5]
a[1:3] = ['x', 'y', 'z']
print(a)
a[:0] = [-1]
print(a)
a[len(a):] = [99]
print(a)
a[::2] = 'ABCDE'
print(a)
a[2:5] = []
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print(e)
b = [1, 2, 3]
b[1:2] = range(3)
print(b)
