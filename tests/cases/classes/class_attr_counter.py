class Item:
    created = 0
    def __init__(self, name):
        Item.created += 1
        self.id = Item.created
        self.name = name
    def __repr__(self):
        return f'Item#{self.id}({self.name!r})'
items = [Item(n) for n in 'abc']
print(items, Item.created)
class Sub(Item):
    created = 100
s = Sub('z')
print(s, Sub.created, Item.created)
