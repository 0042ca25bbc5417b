x = 5
name = 'abc'
print(f'{f"{x}"}')
print(f'{"even" if x % 2 == 0 else "odd"}')
print(f'{(lambda y: y * 2)(x)}')
print(f'{[i * i for i in range(x)]}')
print(f'{ {k: v for k, v in [("a", 1)]} }')
print(f'{",".join(c.upper() for c in name)}')
print(f'{x:{"<" if x > 3 else ">"}4}|')
print(f'{name[::-1]} {name[1:]} {x ** 2}')
print(f'{x!r:>{x}}|')
