class C:
    cls_attr = 'class'
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, 'x'), c.y)
c.cls_attr = 'inst'
print(c.cls_attr)
del c.cls_attr
print(c.cls_attr)
try:
    del c.cls_attr
except AttributeError as e:
    print('AttributeError', e)
del C.cls_attr
print(hasattr(C, 'cls_attr'))
