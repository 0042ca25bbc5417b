# Timers run by deadline, then in scheduling order; cancelled ones never run.
import asyncio

loop = asyncio.new_event_loop()
out = []
t0 = loop.time()
loop.call_later(0.03, out.append, 'c 0.03')
loop.call_later(0.01, out.append, 'a 0.01')
loop.call_at(t0 + 0.02, out.append, 'b 0.02 (call_at)')
loop.call_at(t0 + 0.01, out.append, 'a2 0.01 (call_at)')
h = loop.call_later(0.015, out.append, 'never')
print(type(h).__name__, h.cancelled())
h.cancel()
print(h.cancelled())
loop.call_soon(out.append, 'soon')
loop.call_later(0, out.append, 'later 0')
loop.call_later(-1, out.append, 'later -1')
loop.call_later(0.05, loop.stop)
loop.run_forever()
print(out)
print(loop.time() - t0 >= 0.05)
th = loop.call_at(100.5, print)
print(th.when())
th.cancel()

# run_forever stopped from a callback, time-ordered prints.
def tick(n):
    print('tick', n)
    if n == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick, n + 1)
loop.call_soon(tick, 1)
loop.run_forever()
loop.close()
