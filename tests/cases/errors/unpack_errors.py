for f in [lambda: [(a, b) for a, b in [(1, 2, 3)]], lambda: [(a, b, c) for a, b, c in [(1, 2)]], lambda: [(a, b) for a, b in [1]], lambda: [(a, *b, c) for a, *b, c in ['x']]]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
try:
    a, b = {'one': 1, 'two': 2, 'three': 3}
except Exception as e:
    print(type(e).__name__, e)
