print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({w[0]: len(w) for w in words})
inverted = {v: k for k, v in {'a': 1, 'b': 2}.items()}
print(inverted)
