def check_positive(n):
    assert n > 0, f'{n} is not positive'
    return n
for v in [3, -1, 0]:
    try:
        print(check_positive(v))
    except Exception as e:
        print(type(e).__name__, e)
try:
    assert isinstance('s', int)
except Exception as e:
    print(type(e).__name__, repr(str(e)))
