def min_max(seq):
    return min(seq), max(seq)
lo, hi = min_max([4, 8, 1])
print(lo, hi, min_max([5]))
pairs = [(1, 'a'), (2, 'b')]
for num, letter in pairs:
    print(num, letter)
print(tuple(reversed((1, 2, 3))))
