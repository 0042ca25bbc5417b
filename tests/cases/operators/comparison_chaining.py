x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 4 < 3)
print(0 <= x <= 5 != 6, 3 < x in [5])
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(0) < v(99))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
