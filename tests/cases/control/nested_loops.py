for i in range(1, 4):
    for j in range(1, 4):
        if j > i:
            break
        print(f'{i}x{j}={i*j}', end=' ')
    print()
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print(found)
