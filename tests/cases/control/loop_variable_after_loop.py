for i in range(5):
    pass
print(i)
for ch in 'abc':
    last = ch
print(ch, last)
for k in []:
    pass
try:
    print(k)
except NameError as e:
    print(e)
x = 100
for x in range(3):
    pass
print(x)
