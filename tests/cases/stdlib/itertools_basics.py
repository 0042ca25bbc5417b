import itertools
print(list(itertools.chain([1, 2], 'ab')))
print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.product('ab', repeat=2)))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations('abcd', 2)))
print([(k, list(g)) for k, g in itertools.groupby('aaabccdd')])
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.repeat('x', 3)))
print(list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
