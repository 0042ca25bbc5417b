from collections import namedtuple, defaultdict

Item = namedtuple('Item', ['sku', 'name', 'category', 'price', 'qty'])

RAW = """\
A100,Widget,tools,2.50,10
B200,Gadget,electronics,19.99,3
A101,Hammer,tools,12.00,0
C300,Cable,electronics,4.75,25
D400,Notebook,office,1.20,100
A102,Wrench,tools,8.40,7
"""


def parse(text):
    items = []
    for lineno, line in enumerate(text.splitlines(), 1):
        sku, name, cat, price, qty = line.split(',')
        items.append(Item(sku, name, cat, float(price), int(qty)))
    return items


inventory = parse(RAW)
print(inventory[0])
print('fields:', Item._fields)
in_stock = [i for i in inventory if i.qty > 0]
print('out of stock:', [i.name for i in inventory if not i.qty])
by_value = sorted(in_stock, key=lambda i: i.price * i.qty, reverse=True)
for i in by_value:
    print(f'{i.sku} {i.name:<10} {i.qty:>4} x {i.price:>6.2f} = {i.price * i.qty:>8.2f}')
totals = defaultdict(float)
for i in inventory:
    totals[i.category] += i.price * i.qty
for cat, value in sorted(totals.items()):
    print(f'{cat:<12}{value:>10,.2f}')
restocked = [i._replace(qty=5) if i.qty == 0 else i for i in inventory]
print([i.qty for i in restocked])
cheapest = min(inventory, key=lambda i: (i.price, i.sku))
print('cheapest:', cheapest.name, cheapest._asdict()['price'])
grand = sum(i.price * i.qty for i in inventory)
print(f'grand total: {grand:.2f}')
