matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row if x % 2])
print([[x * 10 for x in row] for row in matrix])
print([(a, b) for a in 'ab' for b in 'xy'])
print([(a, b) for a in range(4) if a > 1 for b in range(a) if b != 1])
