funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = []
for i in range(3):
    funcs.append(lambda i=i: i)
print([f() for f in funcs])
def make(n):
    return lambda: n
print([make(j)() for j in range(3)])
lams = [lambda: k for k in range(3)]
print([f() for f in lams])
