import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
two_to = functools.partial(power, 2)
print(square(5), two_to(10), square(base=3))
print(square.func is power, square.args, square.keywords, two_to.args)
int_from_bin = functools.partial(int, base=2)
print(int_from_bin('1010'))
p = functools.partial(print, sep='|')
p('a', 'b', 'c')
