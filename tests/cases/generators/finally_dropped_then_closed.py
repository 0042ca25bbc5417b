# A generator abandoned mid-way keeps its finally pending until it is closed.
log = []

def gen(name):
    try:
        for i in range(100):
            yield i
    finally:
        log.append(name + ' finally')
        print(name, 'finally')

a = gen('a')
b = gen('b')
print(next(a), next(a), next(b))
print('log before close:', log)
b.close()
print('log after closing b:', log)
a.close()
print('log after closing a:', log)
