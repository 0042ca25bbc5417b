rows = [('姓名', '城市'), ('张三', '北京'), ('Li', 'Shanghai')]
for a, b in rows:
    print('|' + a.center(10) + '|' + b.ljust(10) + '|')
print('{:^10}|{:>6}'.format('中', 'ab'))
