class A:
    def __eq__(self, other):
        return isinstance(other, A)
print(A.__hash__ is None)
try:
    {A()}
except TypeError as e:
    print(e)
class B(A):
    __hash__ = object.__hash__
print(len({B(), B()}))
print(B() == B())
