import os
try:
    open('/tmp/pyco_definitely_missing_dir_xyz/file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror)
    print(isinstance(e, OSError))
path = '/tmp/pyco_case_open_errors_%d.txt' % os.getpid()
f = open(path, 'w')
f.write('x')
f.close()
try:
    f.write('more')
except ValueError as e:
    print(e)
with open(path) as g:
    try:
        g.write('no')
    except Exception as e:
        print(type(e).__name__, e)
os.remove(path)
