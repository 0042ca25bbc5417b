import sys
print('to stdout')
print('to stderr', file=sys.stderr)
print('flushed', flush=True)
print('err', 'parts', sep='-', end='.\n', file=sys.stderr)
print(file=sys.stdout)
print('done')
