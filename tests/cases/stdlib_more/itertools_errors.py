import itertools as it
def t(f, *a, **k):
    try: r = f(*a, **k); print(repr(r) if not hasattr(r,'__next__') or type(r).__name__ in ('count','repeat') else list(r))
    except Exception as e: print(type(e).__name__, e)
t(it.count, 'a'); t(it.count, 1, 'a'); t(it.count, start=1, step=2); t(it.count, 1.5, 0.5); t(it.count, 2**70)
t(it.repeat, 1, -1); t(it.repeat, 'x', 3); t(it.repeat); t(it.repeat, 'x', times=2)
t(it.islice, [1]); t(it.islice, [1], -1); t(it.islice, [1], 'a'); t(it.islice, [1], 0, 1, 0); t(it.islice, [1], 0, -1); t(it.islice, 1, 2)
t(it.chain, 1); t(it.cycle, 1); t(it.cycle); t(it.permutations, [1], -1); t(it.combinations, [1]); t(it.combinations, [1], -1)
t(it.product, [1], repeat=-1); t(it.product, 1); t(it.zip_longest, [1], x=2); t(it.zip_longest, 1); t(it.tee, [1], -1); t(it.pairwise, 1)
t(it.accumulate, 1); t(it.starmap, pow, [1]); t(it.compress, [1]); t(it.dropwhile, None); t(it.groupby, 1); t(it.takewhile, bool)
t(it.combinations_with_replacement, [1], -1); t(it.count, 1, 2, 3); t(it.chain.from_iterable, 1); t(it.filterfalse, None, 1)
t(it.islice, [1], 1, 2, 3, 4)
print(repr(it.count(3, -1)), repr(it.count(0, 1.0)), repr(it.count(1.0)), repr(it.repeat(None)))
print(type(it.chain()), type(it.tee([1])[0]), type(it.groupby([1])), it.chain, it.chain.__name__)
