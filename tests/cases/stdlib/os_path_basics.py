import os
print(os.path.join('a', 'b', 'c.txt'), os.path.basename('/x/y/z.py'), os.path.dirname('/x/y/z.py'))
print(os.path.splitext('archive.tar.gz'), os.path.split('/tmp/file'))
print(os.path.exists('/tmp'), os.path.isdir('/tmp'), os.path.isfile('/tmp'))
print(os.sep, os.path.isabs('/a'), os.path.isabs('a'))
