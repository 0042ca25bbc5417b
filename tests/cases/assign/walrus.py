data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print('long list', n)
big = [y for x in data if (y := x * 2) > 10]
print(big)
print(y)
values = iter([3, 2, 1, 0, 5])
while (v := next(values)) != 0:
    print('got', v)
print((w := 10) + w)
def f():
    if (r := 4) > 2:
        return r * 2
print(f())
print([total := 0, total])
