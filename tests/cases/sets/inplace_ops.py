s = {1, 2, 3}
s |= {4}
print(s)
s &= {1, 2, 4, 9}
print(s)
s -= {1}
print(s)
s ^= {2, 5}
print(s)
t = {0, 1, 2, 3, 4, 5}
t.intersection_update({1, 2, 3})
t.difference_update({1})
t.symmetric_difference_update({3, 4})
print(t)
