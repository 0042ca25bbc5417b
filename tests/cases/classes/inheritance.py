class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f'{self.name} says {self.sound}'
    def kind(self):
        return 'animal'
class Cat(Animal):
    sound = 'meow'
    def kind(self):
        return 'cat, an ' + super().kind()
class Kitten(Cat):
    def speak(self):
        return super().speak() + ' softly'
for a in [Animal('x'), Cat('tom'), Kitten('kit')]:
    print(a.speak(), '|', a.kind())
print(Kitten.__bases__[0].__name__, Cat.__base__.__name__)
print(isinstance(Kitten('k'), Animal), issubclass(Cat, Kitten))
