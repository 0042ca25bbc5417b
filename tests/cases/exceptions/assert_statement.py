try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print('no message:', repr(e), e.args)
assert True, 'not raised'
x = 5
try:
    assert x < 0, f'x={x} must be negative'
except AssertionError as e:
    print(e)
try:
    assert [], ['list', 'message']
except AssertionError as e:
    print(e.args)
