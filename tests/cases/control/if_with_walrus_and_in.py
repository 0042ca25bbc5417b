table = {'apple': 3, 'pear': 0}
for name in ['apple', 'pear', 'plum']:
    if name not in table:
        print(name, 'missing')
    elif (count := table[name]) == 0:
        print(name, 'out of stock')
    else:
        print(name, count)
