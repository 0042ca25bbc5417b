d = {'x': 10, 'y': 20}
print('x' in d, 10 in d, 'z' not in d)
for key in d:
    print(key, d[key])
for key, value in d.items():
    print(f'{key}={value}')
print([k * 2 for k in d], sum(d.values()))
