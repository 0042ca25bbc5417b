match = 'a match'
case = [1, 2]
_ = 'underscore'
type = 'shadowed type'
print(match, case, _, type)
def match(x):
    return x * 2
print(match(21))
