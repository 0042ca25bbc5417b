class ConfigError(Exception):
    pass
def load():
    try:
        {}['path']
    except KeyError as e:
        raise ConfigError('missing path') from e
try:
    load()
except ConfigError as e:
    print(repr(e))
    print(repr(e.__cause__), repr(e.__context__))
    print(e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError('no cause') from None
except RuntimeError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
