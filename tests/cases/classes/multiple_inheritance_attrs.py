class Flyer:
    def move(self): return 'fly'
    def fly_speed(self): return 10
class Swimmer:
    def move(self): return 'swim'
    def swim_speed(self): return 3
class Duck(Flyer, Swimmer):
    pass
class Penguin(Swimmer, Flyer):
    def fly_speed(self): return 0
d, p = Duck(), Penguin()
print(d.move(), d.fly_speed(), d.swim_speed())
print(p.move(), p.fly_speed(), p.swim_speed())
print([c.__name__ for c in Penguin.__mro__])
