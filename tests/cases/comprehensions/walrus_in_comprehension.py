data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * x) > 10])
total = 0
running = [total := total + x for x in data]
print(running, total)
print([(m, m % 3) for n in range(6) if (m := n * 2) % 3 != 0])
