def first_negative(nums):
    for n in nums:
        if n < 0:
            return n
    return None
print(first_negative([3, -1, -2]))
print(first_negative([1, 2]))
def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                return i
        finally:
            print('finally', i)
print(loop_with_finally())
