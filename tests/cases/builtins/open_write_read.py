import os
path = '/tmp/pyco_case_open_write_read_%d.txt' % os.getpid()
with open(path, 'w') as f:
    n = f.write('first line\n')
    m = f.write('second line\nthird 中文\n')
print(n, m)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'r', encoding='utf-8') as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()))
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip('\n'))
print(f.closed)
with open(path, 'a') as f:
    f.write('appended')
with open(path) as f:
    print(f.read().splitlines()[-1])
os.remove(path)
print(os.path.exists(path))
