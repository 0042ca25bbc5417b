# next(), a for loop and list() all drive the same protocol.
def count_to(n):
    i = 1
    while i <= n:
        yield i
        i += 1

g = count_to(3)
print(next(g), next(g), next(g))
for x in count_to(4):
    print('for', x)
print(list(count_to(5)))
print(list(count_to(0)))
g = count_to(4)
print(next(g))
print(list(g))
print(list(g))
