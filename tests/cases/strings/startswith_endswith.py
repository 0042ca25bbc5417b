f = 'report_2024.csv'
print(f.startswith('report'), f.endswith('.csv'), f.endswith('.txt'))
print(f.endswith(('.txt', '.csv')), f.startswith(('data', 'rep')))
print(f.startswith('2024', 7), f.endswith('report', 0, 6), ''.startswith(''))
try:
    f.startswith(['a'])
except TypeError as e:
    print(e)
