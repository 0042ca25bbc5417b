x = 10
name = 'world'
print(f'hello {name}')
print(f'{x} + 1 = {x + 1}')
print(f'{{literal braces}} {x}')
print(f'{{{x}}}')
d = {'k': 'v', 1: 'one'}
print(f"{d['k']} {d[1]}")
items = [1, 2, 3]
print(f'{items[0]}{items[-1]} {len(items)}')
print(F'capital F {x*2}')
print(f'')
print(f'{name.upper()}!')
