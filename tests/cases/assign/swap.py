a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'x', 'y', 'z'
x, y, z = z, x, y
print(x, y, z)
lst = [10, 20, 30]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
lst2 = [5, 6]
i, lst2[i] = 1, 99
print(i, lst2)
