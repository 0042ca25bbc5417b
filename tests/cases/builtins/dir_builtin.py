class Animal:
    legs = 4
    def speak(self): pass
class Dog(Animal):
    def fetch(self): pass
d = Dog()
d.name = 'rex'
print([n for n in dir(d) if not n.startswith('__')])
print([n for n in dir(Dog) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), 'keys' in dir({}))
print(dir(d) == sorted(dir(d)))
