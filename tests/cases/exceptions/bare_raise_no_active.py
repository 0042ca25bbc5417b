try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def handler():
    try:
        raise KeyError('inner')
    except KeyError:
        pass
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(handler())
