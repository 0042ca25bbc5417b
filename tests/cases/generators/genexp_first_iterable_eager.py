# The first iterable of a genexp is evaluated (and iter() called) at creation;
# everything else is evaluated lazily.
def source(name):
    print('evaluating', name)
    return [1, 2]

g = (x + y for x in source('outer') for y in source('inner'))
print('created')
print(list(g))
try:
    g = (x for x in 42)
except TypeError as e:
    print('at creation:', e)
g = (x for x in [1] for y in 42)
print('second iterable not evaluated yet')
try:
    next(g)
except TypeError as e:
    print('at next:', e)
try:
    g = (x for x in undefined_name)
except NameError as e:
    print('NameError:', e)
g = (undefined_name for x in [1])
print('element expression not evaluated yet')
try:
    next(g)
except NameError as e:
    print('at next:', e)
