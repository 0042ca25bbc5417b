# A tiny scheduler passing values back into the coroutines it drives.
import types
from collections import deque

@types.coroutine
def request(what):
    answer = yield what
    return answer

async def worker(name, n):
    total = 0
    for i in range(n):
        total += await request((name, i))
    return name, total

def run(coros):
    queue = deque((c, None) for c in coros)
    results = []
    while queue:
        c, v = queue.popleft()
        try:
            name, i = c.send(v)
        except StopIteration as e:
            results.append(e.value)
            continue
        print('request', name, i)
        queue.append((c, i * 10))
    return results

print(run([worker('a', 3), worker('b', 2)]))
