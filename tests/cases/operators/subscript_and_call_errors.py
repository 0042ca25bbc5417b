one, none, text, aset = 1, None, 'abc', {1}
cases = [
    ('int subscript', lambda: one[0]),
    ('None subscript', lambda: none['k']),
    ('None call', lambda: none()),
    ('str call', lambda: text()),
    ('set subscript', lambda: aset[0]),
    ('int iter', lambda: list(42)),
    ('float iter', lambda: iter(1.5)),
    ('float len', lambda: len(3.0)),
]
for label, f in cases:
    try:
        f()
    except TypeError as e:
        print(label, '|', e)
def assign_item():
    one[0] = 5
def del_item():
    del text[0]
for f in (assign_item, del_item):
    try:
        f()
    except TypeError as e:
        print(f.__name__, '|', e)
