names = ['alice', 'bob', 'carol']
print({n: len(n) for n in names})
print({n[0].upper(): n for n in names})
print({len(n) for n in names})
print({i: {j for j in range(i)} for i in range(4)})
