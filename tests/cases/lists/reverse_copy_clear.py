a = [1, 2, 3]
a.reverse()
print(a)
b = a.copy()
b.append(4)
print(a, b, a is b)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append('shared')
print(nested)
a.clear()
print(a, len(a))
c = [1, 2]
d = c[:]
d[0] = 99
print(c, d)
