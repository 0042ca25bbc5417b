__all__ = ['area', 'PI']
PI = 3.14159
def area(r):
    return PI * r * r
def hidden():
    return 'not exported by *'
