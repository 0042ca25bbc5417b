print(abs(-5), abs(5), abs(0), abs(-3.5), abs(-0.0), abs(True), abs(-10**30))
class V:
    def __abs__(self):
        return 'custom abs'
print(abs(V()))
try:
    abs('x')
except TypeError as e:
    print(e)
