print(len('hello'), len('中文'), len(b'ab'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)))
print(len(''), len([]), len(frozenset()))
try:
    len(5)
except TypeError as e:
    print(e)
try:
    len(None)
except TypeError as e:
    print(e)
