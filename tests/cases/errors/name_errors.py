try:
    print(undefined_variable)
except Exception as e:
    print(type(e).__name__, e)
def f():
    return also_undefined
try:
    f()
except Exception as e:
    print(type(e).__name__, e)
try:
    del never_defined
except Exception as e:
    print(type(e).__name__, e)
