e1 = ValueError('one')
e2 = TypeError('two')
e2.__cause__ = e1
print(repr(e2.__cause__), e2.__suppress_context__)
try:
    raise e2 from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)
try:
    raise KeyError('k') from ValueError('cause')
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)
