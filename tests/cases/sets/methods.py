s = {3, 1, 2}
s.add(5)
s.add(1)
print(s)
s.discard(10)
s.discard(5)
print(s)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
s.update([7, 8], {9})
print(s)
p = s.pop()
print(p in s, len(s))
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print(e)
