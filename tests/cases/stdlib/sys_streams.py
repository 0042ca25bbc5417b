import sys
n = sys.stdout.write('written directly\n')
print(n)
sys.stdout.write('no newline')
sys.stdout.write('\n')
sys.stdout.flush()
sys.stderr.write('to stderr via write\n')
sys.stderr.flush()
print('stdin is empty:', repr(sys.stdin.read()))
