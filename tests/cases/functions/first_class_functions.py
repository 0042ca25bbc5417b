def square(x):
    return x * x
def cube(x):
    return x ** 3
ops = {'sq': square, 'cube': cube}
for name in ['sq', 'cube']:
    print(name, ops[name](3))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3))
def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run
print(compose(str, square, abs)(-4))
fns = [square, cube, abs]
print([f.__name__ for f in fns])
