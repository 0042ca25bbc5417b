print(max([1, 5, 3]))
def max(*a):
    return 'my max'
print(max(1, 2))
import builtins
print(builtins.max(1, 2))
del max
print(max(1, 2))
print(type(builtins.len).__name__)
