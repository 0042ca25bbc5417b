# A producer and a consumer coroutine exchanging values with send().
def consumer():
    acc = 0
    reply = None
    while True:
        item = yield reply
        if item is None:
            return acc
        acc = (acc * 7 + item) % 1000003
        reply = acc & 0xff


def producer(sink, n):
    next(sink)
    value = 1
    replies = 0
    for i in range(n):
        reply = sink.send(value)
        replies += reply
        value = (value + reply + i) % 9973
    try:
        sink.send(None)
    except StopIteration as e:
        return replies, e.value


print(producer(consumer(), 6000000))
