class Room:
    def __init__(self, name, description):
        self.name = name
        self.description = description
        self.exits = {}
        self.items = []

    def connect(self, direction, other, back):
        self.exits[direction] = other
        other.exits[back] = self


class Game:
    def __init__(self, start):
        self.here = start
        self.inventory = []
        self.moves = 0

    def do(self, command):
        verb, _, arg = command.partition(' ')
        handler = getattr(self, 'cmd_' + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        self.moves += 1
        return handler(arg)

    def cmd_look(self, _):
        exits = ', '.join(sorted(self.here.exits)) or 'none'
        items = ', '.join(self.here.items) or 'nothing'
        return f'{self.here.name}: {self.here.description} Exits: {exits}. You see: {items}.'

    def cmd_go(self, direction):
        try:
            self.here = self.here.exits[direction]
        except KeyError:
            return f'You cannot go {direction}.'
        return f'You walk {direction} to the {self.here.name}.'

    def cmd_take(self, item):
        if item not in self.here.items:
            return f'There is no {item} here.'
        self.here.items.remove(item)
        self.inventory.append(item)
        return f'Taken: {item}.'

    def cmd_inventory(self, _):
        return 'You carry: ' + (', '.join(self.inventory) if self.inventory else 'nothing')


hall = Room('hall', 'A dusty hall.')
kitchen = Room('kitchen', 'Smells of bread.')
garden = Room('garden', 'Overgrown roses.')
hall.connect('north', kitchen, 'south')
hall.connect('east', garden, 'west')
kitchen.items += ['knife', 'bread']
garden.items.append('key')
game = Game(hall)
script = ['look', 'go north', 'take bread', 'take sword', 'go up', 'go south', 'go east', 'look',
          'take key', 'inventory', 'dance']
for cmd in script:
    print(f'> {cmd}')
    print(game.do(cmd))
print('moves:', game.moves)
