print(type(1), type('s'), type([]), type(None))
print(type(1) is int, type(True) is bool, type(True) is int)
T = type(3.0)
print(T('2.5') + 1)
print(type(type(1)), type(print).__name__)
class A: pass
print(type(A()) is A)
