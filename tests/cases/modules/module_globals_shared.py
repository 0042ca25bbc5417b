import _helper
from _helper import counter
_helper.bump()
_helper.bump()
print(_helper.counter, counter)
_helper.counter = 100
print(_helper.bump())
