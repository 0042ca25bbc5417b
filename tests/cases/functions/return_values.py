def nothing():
    pass
def bare():
    return
def multi():
    return 1, 'two', [3]
def early(x):
    if x:
        return 'early'
    return 'late'
print(nothing(), bare())
print(multi())
a, b, c = multi()
print(a, b, c)
print(early(1), early(0))
