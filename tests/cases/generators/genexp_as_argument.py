# A genexp can be the sole call argument without extra parentheses.
print(sum(x * x for x in range(4)))
print(max(len(w) for w in ['a', 'abc', 'ab']))
print(''.join(c.upper() for c in 'abc'))
print(list(x for x in 'hi'))
print(sorted((x for x in [3, 1, 2]), reverse=True))
def f(*args, **kwargs):
    return [type(a).__name__ for a in args], kwargs
print(f(x for x in []))
print(dict((k, v) for k, v in [('a', 1)]))
