x = 42
s = 'hi'
print(f'{x=}')
print(f'{x = }')
print(f'{s=}')
print(f'{s=!s}')
print(f'{x=:>5}')
print(f'{1+2=}')
print(f'{x*2 = }')
f = 2.5
print(f'{f=:.3f}')
items = [1, 2]
print(f'{items[0]=} {len(items)=}')
