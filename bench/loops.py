# Nested loops with integer arithmetic: loop overhead, local variables, int ops.
def work(n):
    total = 0
    for i in range(n):
        acc = i
        for j in range(100):
            acc = (acc * 31 + j) % 1000003
            if acc & 1:
                total += acc >> 3
            else:
                total -= j
    return total


count = 0
k = 0
while k < 50000:
    count += k % 7
    k += 1
print(work(120000), count)
