for f in [lambda: int('twelve'), lambda: [1, 2].index(3), lambda: 'abc'.index('z'), lambda: [].remove(1), lambda: range(0, 5, 0), lambda: 'a,b'.split(''), lambda: dict([(1, 2, 3)]), lambda: chr(-5), lambda: (1).to_bytes(0, 'big') and 1]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
