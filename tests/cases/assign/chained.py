a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
i = j = k = 'same'
j = 'changed'
print(i, j, k)
lst = [0, 0]
n = lst[0] = lst[1] = 9
print(n, lst)
