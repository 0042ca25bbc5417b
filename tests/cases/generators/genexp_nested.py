# Nested generator expressions and multiple for/if clauses.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(x for row in matrix for x in row if x % 2))
print(list(sum(x for x in row) for row in matrix))
rows = ((x * y for y in range(1, 4)) for x in range(1, 4))
print([list(r) for r in rows])
print(list((a, b) for a in 'ab' for b in range(2) if (a, b) != ('b', 0)))
g = (x for x in (y * 2 for y in (z + 1 for z in range(3))))
print(list(g))
