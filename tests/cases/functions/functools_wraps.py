import functools
def plain(f):
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
def wrapped(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        return f(*a, **k)
    return wrapper
@plain
def one():
    """Doc one."""
    return 1
@wrapped
def two():
    """Doc two."""
    return 2
print(one.__name__, one.__doc__, one())
print(two.__name__, two.__doc__, two())
print(two.__wrapped__.__name__)
