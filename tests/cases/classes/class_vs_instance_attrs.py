class Dog:
    tricks = []
    kind = 'canine'
    def __init__(self, name):
        self.name = name
    def add_trick(self, t):
        self.tricks.append(t)
a = Dog('a'); b = Dog('b')
a.add_trick('roll')
print(b.tricks)
a.kind = 'wolf'
print(a.kind, b.kind, Dog.kind)
Dog.kind = 'dog'
print(a.kind, b.kind)
print('kind' in a.__dict__, 'kind' in b.__dict__)
