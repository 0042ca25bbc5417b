for exc in [ValueError(), ValueError('msg'), ValueError('a', 'b'), KeyError('k'), KeyError(), KeyError('a', 'b'), IndexError(3), ZeroDivisionError('division by zero')]:
    print(repr(str(exc)), repr(exc))
