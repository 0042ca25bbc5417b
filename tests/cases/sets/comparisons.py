a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, a == {2, 1}, a != b, b < b, b <= b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({5}), a.isdisjoint({2}))
print(a.issubset([1, 2, 9]), {1, 2} == frozenset({1, 2}))
print({1} < {2}, {2} < {1}, {1} == {1.0})
