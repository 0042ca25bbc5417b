def inner():
    raise ValueError('original')
def middle():
    try:
        inner()
    except ValueError:
        print('middle saw it, re-raising')
        raise
try:
    middle()
except ValueError as e:
    print('top caught', e)
def reraise_named():
    try:
        inner()
    except ValueError as e:
        raise e
try:
    reraise_named()
except ValueError as e:
    print('named re-raise', e.args)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
