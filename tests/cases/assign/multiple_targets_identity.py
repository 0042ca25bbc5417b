a = b = [1, 2]
a[0] = 'changed'
print(b)
c = list(a)
c[1] = 'copy'
print(a, c)
n = m = 5
n += 1
print(n, m)
