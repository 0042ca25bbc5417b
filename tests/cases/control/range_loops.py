print(list(range(5)))
print(list(range(2, 8)))
print(list(range(0, 10, 3)))
print(list(range(10, 0, -2)))
print(list(range(5, 5)))
print(list(range(5, 0)))
total = 0
for i in range(1, 101):
    total += i
print(total)
