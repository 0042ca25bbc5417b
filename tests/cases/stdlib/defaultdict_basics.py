from collections import defaultdict
groups = defaultdict(list)
for word in ['apple', 'bob', 'avocado', 'banana', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(dict(groups), groups['z'], len(groups))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(counts)
print(counts.default_factory, 'q' in counts, counts.get('q'))
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 2
print(nested['a']['b'], dict(nested['a']))
plain = defaultdict()
try:
    plain['x']
except KeyError as e:
    print('KeyError', e)
