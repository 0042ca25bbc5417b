# Traceback of an error caused by a value sent through a yield from chain.
def divider():
    total = 100
    while True:
        d = yield total
        total = total / d

def wrapper():
    return (yield from divider())

g = wrapper()
print(next(g))
print(g.send(4))
print(g.send(0))
