from collections import deque
d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.rotate(1)
print(d)
d.rotate(-2)
print(d)
d.extend([7, 8])
d.extendleft([-1, -2])
print(d, d[0], d[-1])
b = deque(maxlen=3)
for i in range(5):
    b.append(i)
print(b, b.maxlen)
b.appendleft('L')
print(b)
try:
    deque().pop()
except IndexError as e:
    print(e)
print(list(reversed(d)), 7 in d, d.count(7))
