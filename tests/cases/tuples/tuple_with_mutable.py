t = ([1], [2])
t[0].append(99)
print(t)
try:
    t[0] += [5]
except TypeError as e:
    print(e)
print(t)
