ok = True
pairs = [(a, b) for a in range(-20, 21) for b in [-7, -3, -1, 1, 2, 5]]
for a, b in pairs:
    q, r = a // b, a % b
    if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
        ok = False
        print('bad', a, b)
print('invariant holds:', ok)
print([(-n) // 4 for n in range(9)])
print([n % -3 for n in range(7)])
