# A coroutine-style running averager driven with send(), with a priming decorator.
def coroutine(func):
    def primed(*args, **kwargs):
        gen = func(*args, **kwargs)
        next(gen)
        return gen
    return primed

@coroutine
def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average

avg = averager()
for v in [10, 20, 30, 5]:
    print('sent %s, average now %.2f' % (v, avg.send(v)))
try:
    avg.send(None)
except StopIteration as e:
    print('result', e.value)

def grouper(results, key):
    while True:
        results[key] = yield from raw_averager()

def raw_averager():
    total = 0.0
    count = 0
    average = None
    while True:
        value = yield
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average

data = {'girls;kg': [40.9, 38.5, 44.3], 'boys;m': [1.38, 1.5, 1.32, 1.25]}
results = {}
for key, values in data.items():
    group = grouper(results, key)
    next(group)
    for value in values:
        group.send(value)
    group.send(None)
for key in sorted(results):
    count, average = results[key]
    print('%2s %-8s averaging %.2f' % (count, key, average))
