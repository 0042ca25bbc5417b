for f in [lambda: [3, 1].sort(key=1), lambda: 'abc'.upper(1), lambda: str.upper(5), lambda: list.append((), 1), lambda: {}.get(), lambda: 'a'.split(1), lambda: [].sort(reversed=True)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
