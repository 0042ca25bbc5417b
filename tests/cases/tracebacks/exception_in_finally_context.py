try:
    raise KeyError('original')
finally:
    raise ValueError('from finally')
