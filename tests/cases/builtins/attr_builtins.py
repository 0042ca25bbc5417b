class C:
    x = 1
c = C()
print(hasattr(c, 'x'), hasattr(c, 'y'))
print(getattr(c, 'x'), getattr(c, 'y', 'default'))
setattr(c, 'y', 42)
print(c.y, getattr(c, 'y'))
delattr(c, 'y')
print(hasattr(c, 'y'))
try:
    getattr(c, 'missing')
except AttributeError as e:
    print(e)
try:
    delattr(c, 'missing')
except AttributeError as e:
    print(e)
name = 'dyn' + 'amic'
setattr(C, name, 'class level')
print(c.dynamic, getattr(C, 'dynamic'))
print(getattr('abc', 'upper')())
