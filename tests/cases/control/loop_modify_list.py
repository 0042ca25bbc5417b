items = [1, 2, 3]
for x in items:
    if x == 1:
        items.append(4)
    print(x)
print(items)
nums = [1, 2, 3, 4, 5, 6]
for n in nums[:]:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
