import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__)
    print(str(e).startswith('maximum recursion depth exceeded'))
print(isinstance(sys.getrecursionlimit(), int))
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(500))
