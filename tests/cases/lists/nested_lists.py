m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], [row[1] for row in m])
print([[row[i] for row in m] for i in range(3)])
m[0][0] = 'X'
print(m)
flat = [x for row in m for x in row]
print(flat)
deep = [1, [2, [3, [4]]]]
print(deep[1][1][1][0], len(deep))
