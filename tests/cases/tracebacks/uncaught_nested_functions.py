def level3(n):
    return 10 // n
def level2(n):
    return level3(n - 1) + 1
def level1():
    return level2(1)
print('start')
level1()
