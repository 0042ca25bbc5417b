class Tracked:
    def __init__(self):
        self.v = 1
    def __getattribute__(self, name):
        if not name.startswith('__'):
            print('access', name)
        return object.__getattribute__(self, name)
    def method(self):
        return self.v + 1
t = Tracked()
print(t.v)
print(t.method())
