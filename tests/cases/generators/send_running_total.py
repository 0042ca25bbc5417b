# A coroutine keeping a running total of sent values.
def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total

t = running_total()
print(next(t))
for v in (5, 10, -3, 100):
    print('sent', v, '->', t.send(v))
try:
    t.send(None)
except StopIteration as e:
    print('final', e.value)
