a = [3, 1, 4, 1, 5]
print(len(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)))
print(3 in a, 7 not in a, a.index(4))
print(list(enumerate(a))[:2], list(zip(a, a[1:])))
print(any(x > 4 for x in a), all(x > 0 for x in a))
