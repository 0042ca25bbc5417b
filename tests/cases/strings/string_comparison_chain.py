words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: (w.lower(), w)))
print('a' < 'b' < 'c', 'a' < 'B')
print([w for w in words if 'a' <= w[0] <= 'b'])
