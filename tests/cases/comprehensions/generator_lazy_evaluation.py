def noisy(n):
    print('producing', n)
    return n
g = (noisy(i) for i in range(3))
print('created')
for v in g:
    print('consumed', v)
nums = [1, 2, 3]
gen = (n * 10 for n in nums)
nums.append(4)
print(list(gen))
first = next(noisy(i) for i in range(100))
print(first)
