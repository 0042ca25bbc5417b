import _raiser
print(_raiser.fail(5))
print(_raiser.fail(0))
