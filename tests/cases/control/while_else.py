n = 0
while n < 3:
    print('loop', n)
    n += 1
else:
    print('else runs after normal exit')
n = 0
while n < 10:
    if n == 2:
        print('breaking')
        break
    n += 1
else:
    print('not printed')
print('n =', n)
while False:
    pass
else:
    print('else of never-run loop')
