# yield from a generator called in place: values, send, return values,
# exceptions and PEP 479, the same whether the generator suspends or not.
import inspect


def empty():
    return 'nothing'
    yield


def two(a):
    x = yield a
    y = yield a + 1
    return (x, y)


def outer():
    r = yield from empty()
    print('empty returned', r)
    r = yield from two(10)
    print('two returned', r)
    try:
        yield from bad()
    except RuntimeError as e:
        print(type(e).__name__, e, type(e.__cause__).__name__)
    return 'outer done'


def bad():
    raise StopIteration('x')
    yield


g = outer()
print(next(g))
print(g.send('A'))
print(inspect.getgeneratorstate(g.gi_yieldfrom))
try:
    g.send('B')
except StopIteration as e:
    print('stop', e.value)


def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)


print(list(tree(4)))


def fin():
    try:
        yield 1
        yield 2
    finally:
        print('fin finally')


def wrap():
    yield from fin()


w = wrap()
print(next(w))
w.close()
w = wrap()
print(next(w))
try:
    w.throw(ValueError('v'))
except ValueError as e:
    print('thrown back', e)


def raises():
    yield from boom()


def boom():
    1 / 0
    yield


try:
    list(raises())
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next

# A coroutine cannot be delegated to by yield from in a plain generator.
async def co():
    return 1


def bad_delegate(c):
    yield from c


c = co()
try:
    list(bad_delegate(c))
except TypeError as e:
    print(e)
c.close()


def await_gen():
    yield 1


async def awaits_plain_generator():
    await await_gen()


try:
    awaits_plain_generator().send(None)
except TypeError as e:
    print(e)
left = wrap()
next(left)
print('end')
