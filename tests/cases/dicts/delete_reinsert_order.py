d = dict.fromkeys(range(6), 0)
del d[2]
del d[4]
d[2] = 'back'
d[10] = 'new'
print(list(d))
d[0] = 'updated keeps position'
print(d)
d.pop(0)
d[0] = 'reinserted goes last'
print(list(d.items())[-1])
