import operator
print(operator.add(1, 2), operator.mul(3, 4), operator.neg(5), operator.not_(0))
print(sorted([('b', 2), ('a', 3)], key=operator.itemgetter(1)))
print(operator.itemgetter(0, 2)('abc'), operator.attrgetter('real')(5))
print(list(map(operator.mul, [1, 2], [3, 4])))
print(operator.methodcaller('upper')('abc'), operator.contains([1], 1))
