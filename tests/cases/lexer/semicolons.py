a = 1; b = 2; c = a + b
print(a, b, c); print('same line')
if c > 2: print('one-line if')
for i in range(3): print(i, end=' ')
print()
while a < 4: a += 1
print(a)
def f(): return 'one-line def'
print(f())
class C: x = 5
print(C.x);
