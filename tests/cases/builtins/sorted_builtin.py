data = [3, 1, 4, 1, 5, 9, 2, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('python'), sorted({'b': 1, 'a': 2}))
people = [('bob', 25), ('alice', 30), ('carol', 25), ('dave', 30), ('eve', 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(['B', 'a', 'C', 'b'], key=str.lower))
print(sorted([-3, 2, -1], key=abs))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
try:
    sorted([1, 'a'])
except TypeError as e:
    print(e)
