def greet(name):
    print('hello', nmae)
greet('x')
