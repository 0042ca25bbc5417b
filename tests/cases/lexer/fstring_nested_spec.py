x = 3.14159
w = 10
p = 3
fill = '*'
print(f'[{x:{w}}]')
print(f'[{x:{w}.{p}f}]')
print(f'[{"mid":{fill}^{w}}]')
for width in range(3, 7):
    print(f'[{7:{width}}]')
align = '<'
print(f'[{"a":{align}{w}}]')
