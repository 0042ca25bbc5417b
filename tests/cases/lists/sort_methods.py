a = [5, 2, 8, 1, 9]
r = a.sort()
print(a, r)
a.sort(reverse=True)
print(a)
words = ['Banana', 'apple', 'cherry', 'Date']
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
words.sort(key=len, reverse=True)
print(words)
recs = [('x', 2), ('y', 1), ('z', 2), ('w', 1)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: r[1], reverse=True)
print(recs)
