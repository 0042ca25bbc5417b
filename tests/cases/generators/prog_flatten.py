# Flatten arbitrarily nested lists with recursive yield from.
def flatten(items):
    for item in items:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

nested = [1, [2, [3, [4, [5]]]], (6, 7), [], [[[]]], 'str stays whole', [8, [9, (10,)]]]
print(list(flatten(nested)))
print(sum(x for x in flatten(nested) if isinstance(x, int)))

def flatten_depth(items, depth):
    for item in items:
        if isinstance(item, list) and depth > 0:
            yield from flatten_depth(item, depth - 1)
        else:
            yield item

print(list(flatten_depth([1, [2, [3, [4]]]], 1)))
print(list(flatten_depth([1, [2, [3, [4]]]], 2)))
deep = [0]
for i in range(1, 50):
    deep = [deep, i]
print(list(flatten(deep))[-5:], len(list(flatten(deep))))
