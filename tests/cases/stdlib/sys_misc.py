import sys
print(sys.version_info[0], sys.version_info.major >= 3, sys.version_info >= (3, 0))
print(isinstance(sys.path, list), all(isinstance(p, str) for p in sys.path))
print(isinstance(sys.maxsize, int), sys.maxsize > 2 ** 31)
print(type(sys.modules).__name__, 'sys' in sys.modules)
print(sys.getrecursionlimit() >= 100)
print(sys.platform == sys.platform.lower(), isinstance(sys.byteorder, str))
