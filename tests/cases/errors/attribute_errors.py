class Foo:
    x = 1
for f in [lambda: (5).foo, lambda: Foo().bar, lambda: Foo.x_missing, lambda: 'abc'.nope, lambda: None.attr, lambda: [].push(1), lambda: {}.iteritems()]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    (5).real = 3
except Exception as e:
    print(type(e).__name__, e)
