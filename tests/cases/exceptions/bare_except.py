try:
    int('x')
except:
    print('caught by bare except')
import sys
try:
    [].pop()
except:
    t, v, tb = sys.exc_info()
    print(t.__name__, v)
print(sys.exc_info())
