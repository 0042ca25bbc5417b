records = [('alice', 'B'), ('bob', 'A'), ('carol', 'B'), ('dave', 'A'), ('eve', 'C'), ('frank', 'A')]
by_grade = sorted(records, key=lambda r: r[1])
print(by_grade)
print(sorted(records, key=lambda r: r[1], reverse=True))
data = [(1, 'one'), (0, 'zero-a'), (1, 'uno'), (0, 'zero-b')]
data.sort(key=lambda p: p[0])
print(data)
s = sorted(['bb', 'a', 'cc', 'd', 'ee'], key=len)
print(s)
