import heapq, bisect
def t(f, *a, **k):
    try: print(repr(f(*a, **k)))
    except Exception as e: print(type(e).__name__, e)
t(heapq.heappush, (), 1); t(heapq.heappop, []); t(heapq.heapify, ()); t(heapq.heapreplace, [], 1); t(heapq.heappop, ())
t(heapq.heappushpop, [], 1); t(heapq.heappush, [1], 'a'); t(heapq.heapreplace, (1,), 1)
t(bisect.bisect, [1], 1, -1); t(bisect.insort, [1], 1, -1); t(bisect.bisect_left, 1, 1); t(bisect.bisect_right, [1, 2], 'a')
t(bisect.bisect_left, [1,2,3], 2, 0, 10)
t(bisect.bisect_right, [1, 2, 3], 2, hi=-1)
t(heapq.nlargest, 2, 1)
