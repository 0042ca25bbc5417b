# The exception raised inside at close() is GeneratorExit, a BaseException.
def gen():
    try:
        yield 1
    except Exception:
        print('except Exception does not catch it')
    except BaseException as e:
        print('caught', type(e).__name__, e.args)
        raise

g = gen()
next(g)
g.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(GeneratorExit.__mro__)
