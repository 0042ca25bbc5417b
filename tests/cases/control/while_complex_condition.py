a, b = 0, 10
steps = 0
while a < b and not (a == 4 or b == 4):
    a += 1
    b -= 1
    steps += 1
print(a, b, steps)
stack = [1, 2, 3]
while stack:
    print('pop', stack.pop())
print('empty', stack)
