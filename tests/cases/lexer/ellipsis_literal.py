print(...)
print(... is Ellipsis)
x = ...
print(repr(x), type(x).__name__)
def stub():
    ...
print(stub())
