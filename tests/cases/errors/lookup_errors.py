for f in [lambda: {}['k'], lambda: {'a': 1}[0], lambda: [][0], lambda: ()[1], lambda: 'abc'[5], lambda: [1, 2].pop(5), lambda: {}.popitem(), lambda: set().pop(), lambda: range(2)[2]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
