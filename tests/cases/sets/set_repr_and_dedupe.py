print(set(), {0}, {5, 3, 1}, set([1, 1, 2, 2]))
print(sorted(set('hello world')))
items = [3, 1, 3, 2, 1, 4]
seen = set()
unique = []
for x in items:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique, seen)
print(sorted({'banana', 'apple', 'cherry'}), len({1, True, 1.0}))
