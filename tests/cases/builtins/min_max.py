print(min(3, 1, 2), max(3, 1, 2))
print(min([5, 9, 2]), max('hello'), min((4, 'a'), (4, 'Z')))
words = ['kiwi', 'fig', 'banana', 'pear']
print(min(words, key=len), max(words, key=len))
print(max([], default='empty'), min([], default=None))
print(max([1, 5, 5, 2], key=lambda x: -x))
pairs = [('a', 3), ('b', 7), ('c', 7)]
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[1]))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
try:
    max(1, 'a')
except TypeError as e:
    print(e)
