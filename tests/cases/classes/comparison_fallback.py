class OnlyLt:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        return self.n < other.n
a, b = OnlyLt(1), OnlyLt(2)
print(a < b, b > a)
try:
    a <= b
except TypeError as e:
    print(e)
class E:
    pass
x, y = E(), E()
print(x == x, x == y, x != y)
try:
    x < y
except TypeError as e:
    print(e)
