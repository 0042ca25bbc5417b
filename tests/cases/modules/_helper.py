"""Helper module for the modules test cases."""
PUBLIC = 'public value'
_private = 'private value'
counter = 0

def greet(name):
    return f'hello, {name}'

def bump():
    global counter
    counter += 1
    return counter

class Widget:
    def __init__(self, size):
        self.size = size
    def __repr__(self):
        return f'Widget({self.size})'

print('_helper module executed, __name__ =', __name__)
