a = 10 ** 20
b = 10 ** 20
print(a == b, a + 1 > b, a - b)
c = [1, 2, 3]
print(c.index(2), 2 in c, 2.0 in c, 3 == 3.0)
print(int('5') == 5, 5 == '5')
