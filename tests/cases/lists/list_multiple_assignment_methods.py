nums = [4, 2, 7, 1]
nums[1], nums[3] = nums[3], nums[1]
print(nums)
nums[len(nums):] = [9]
print(nums)
nums[:] = sorted(nums)
print(nums)
first, *_, last = nums
print(first, last)
