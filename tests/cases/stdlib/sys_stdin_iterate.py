import sys
total = 0
for line in sys.stdin:
    name, score = line.split()
    total += int(score)
    print(f'{name:>6}: {score}')
print('total', total)
