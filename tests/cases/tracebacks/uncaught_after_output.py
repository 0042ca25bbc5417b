import sys
print('line 1 to stdout')
sys.stderr.write('note to stderr\n')
print('line 2 to stdout')
raise TypeError('late failure')
