print('before')
x = {'a': 1}
print(x['b'])
print('never')
