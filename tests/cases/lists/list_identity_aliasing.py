a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b, a == b)
c = list(a)
print(c == a, c is a)
def mutate(lst):
    lst.append('mutated')
    lst = ['rebound']
    return lst
r = mutate(a)
print(a, r)
x = [[]] * 3
x[0].append(1)
print(x)
