class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a, b = C(1), C(2)
ga = a.get
print(ga(), C.get(b))
print(ga.__self__ is a, ga.__func__ is C.get)
print(a.get == a.get, a.get == b.get)
methods = [x.get for x in (a, b)]
print([m() for m in methods])
a.get = lambda: 'instance override'
print(a.get(), b.get())
