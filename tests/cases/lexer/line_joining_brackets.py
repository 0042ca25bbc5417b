total = (1 +
         2 +   # a comment inside parens
         3)
print(total)
items = [
    'a',
    'b',   # trailing comma next
]
print(items)
d = {
    'x': 1,

    'y': 2,
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
print(max(
    4, 9,
    2))
