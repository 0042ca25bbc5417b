class Base:
    x = 'Base.x'
    def describe(self):
        return 'Base.describe'
class Child(Base):
    y = 'Child.y'
c = Child()
print(c.x, c.y, c.describe())
Base.x = 'changed'
print(c.x)
c.x = 'instance'
print(c.x, Child.x)
Child.describe = lambda self: 'patched'
print(c.describe(), Base().describe())
