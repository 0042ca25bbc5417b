def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*'123' and (4, 5, 6)))
kw = {'b': 5, 'c': 6}
print(f(4, **kw))
print(f(*[7], **{'c': 9, 'b': 8}))
print(f(*range(2), 9))
def g(*args, **kwargs):
    return args, kwargs
print(g(*[1, 2], *(3,), x=1, **{'y': 2}))
print(max(*[3, 9, 4]))
print(*[1, 2, 3], sep='-')
