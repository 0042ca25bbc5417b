try:
    import nope
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import nope.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from math import nothing_like_this
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
try:
    from _helper import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'missing_name' from '_helper'"))
try:
    import _broken_import
except ModuleNotFoundError as e:
    print('nested:', e)
print(issubclass(ModuleNotFoundError, ImportError))
