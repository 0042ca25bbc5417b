import sys
first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.read()
print(repr(rest))
print(sum(int(x) for x in rest.split()))
