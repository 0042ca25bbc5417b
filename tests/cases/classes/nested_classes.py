class Outer:
    class Inner:
        def hi(self):
            return 'inner hi'
    def make(self):
        return self.Inner()
print(Outer.Inner().hi(), Outer().make().hi())
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
