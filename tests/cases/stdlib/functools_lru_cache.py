import functools
calls = 0
@functools.lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), calls)
print(fib(80), calls)
info = fib.cache_info()
print(info.hits > 0, info.misses)
@functools.cache
def sq(x):
    print('computing', x)
    return x * x
print(sq(4), sq(4))
