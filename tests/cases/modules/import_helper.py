import _helper
print(_helper.PUBLIC)
print(_helper.greet('pyco'))
print(_helper.Widget(3))
print(_helper.__name__, _helper.__doc__)
print(_helper.bump(), _helper.bump(), _helper.counter)
import _helper
print('second import does not re-execute', _helper.counter)
