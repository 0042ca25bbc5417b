for x in range(-2, 3):
    s = 'pos' if x > 0 else 'zero' if x == 0 else 'neg'
    print(x, s)
print((lambda v: 'even' if v % 2 == 0 else 'odd')(7))
a = 1 if [] else 2
print(a)
def noisy(v):
    print('evaluated', v)
    return v
print(noisy('yes') if True else noisy('no'))
