import sys
print(sys.argv[1:])
print(len(sys.argv))
print(sys.argv[0].endswith('sys_argv.py'))
