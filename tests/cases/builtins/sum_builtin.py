print(sum([1, 2, 3]), sum([]), sum(range(101)), sum([1, 2], 10), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(x * x for x in range(5)), sum([True, True, False]))
print(sum([1, 2.5]), type(sum([1, 2])).__name__)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
try:
    sum(['a', 'b'])
except TypeError as e:
    print(e)
