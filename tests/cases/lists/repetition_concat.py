a = [1, 2] * 3
print(a, [0] * 0, [] * 5, 2 * ['x'])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
print([1] + [2, 3], [] + [], [[1]] + [[2]])
try:
    [1] + (2,)
except TypeError as e:
    print(e)
b = [1]
b += (2, 3)
print(b)
