import os
path = '/tmp/pyco_case_open_lines_%d.txt' % os.getpid()
with open(path, 'w') as f:
    print('alpha', 1, file=f)
    print('beta', 2, sep=':', file=f)
    f.writelines(['gamma\n', 'delta'])
with open(path) as f:
    lines = f.readlines()
print(lines)
with open(path) as f:
    print([l.strip().upper() for l in f])
with open(path) as f:
    print(f.read(5), '|', f.read(3), '|', len(f.read()))
os.remove(path)
