print(any([]), all([]), any([0, '', None]), all([1, 'a', [0]]))
print(any(x > 3 for x in [1, 5]), all(x > 0 for x in [1, -1]))
def noisy(v):
    print('check', v)
    return v
print(any(noisy(v) for v in [0, 2, 3]))
print(all(noisy(v) for v in [1, 0, 3]))
print(any('abc'), all(''))
