for f in [lambda: len(5), lambda: len(None), lambda: abs('x'), lambda: sum('abc'), lambda: sorted([1, None]), lambda: int([1]), lambda: float(None), lambda: hash([]), lambda: {[]: 1}, lambda: 'x'.join([1]), lambda: max(), lambda: chr('a'), lambda: ord(5)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
