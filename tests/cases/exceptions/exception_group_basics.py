eg = ExceptionGroup('several problems', [ValueError('bad value'), TypeError('bad type')])
print(str(eg))
print(repr(eg))
print(eg.message)
print([repr(e) for e in eg.exceptions])
print(type(eg.exceptions).__name__, len(eg.exceptions))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
nested = ExceptionGroup('outer', [eg, KeyError('k')])
print(str(nested))
try:
    raise eg
except ExceptionGroup as caught:
    print('caught', caught.message, len(caught.exceptions))
try:
    ExceptionGroup('empty', [])
except ValueError as e:
    print('ValueError', e)
