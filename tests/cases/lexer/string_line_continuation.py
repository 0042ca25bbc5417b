s = 'abc\
def'
print(s, len(s))
t = """one\
two
three"""
print(repr(t))
b = b'xy\
z'
print(b)
