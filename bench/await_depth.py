# The cost of resuming a coroutine suspended at the bottom of an await
# chain d coroutines deep: each send(None) travels down the chain to the
# innermost generator-based coroutine and its value comes back up.
# Without arguments: a fixed workload over depths 1, 10 and 100, printing a
# checksum. With --table: nanoseconds per resume for each depth.
import sys
import time
import types


@types.coroutine
def ticker():
    n = 0
    while True:
        n += 1
        yield n


async def chain(d):
    if d == 0:
        await ticker()
    else:
        await chain(d - 1)


def resume(d, n):
    c = chain(d)
    total = 0
    for _ in range(n):
        total += c.send(None)
    c.close()
    return total


DEPTHS = (1, 10, 100)

if '--table' in sys.argv:
    print('depth  ns/resume')
    for d in DEPTHS:
        n = 2000000 // (d + 10)
        best = None
        for _ in range(3):
            t0 = time.perf_counter()
            resume(d, n)
            dt = time.perf_counter() - t0
            best = dt if best is None or dt < best else best
        print('%5d  %9.0f' % (d, best / n * 1e9))
else:
    checksum = 0
    for d in DEPTHS:
        checksum = (checksum * 31 + resume(d, 40000000 // (d + 10))) % 1000000007
    print(checksum)
