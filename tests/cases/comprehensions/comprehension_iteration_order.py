log = []
def src(name, n):
    log.append(f'iter {name}')
    return range(n)
res = [(a, b) for a in src('outer', 2) for b in src('inner', 2)]
print(res)
print(log)
