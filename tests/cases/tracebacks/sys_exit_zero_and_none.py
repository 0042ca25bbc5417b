import sys
try:
    sys.exit()
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print('code', e.code)
try:
    sys.exit('text')
except SystemExit as e:
    print('code', repr(e.code))
print(issubclass(SystemExit, Exception))
sys.exit(None)
