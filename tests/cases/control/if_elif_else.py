def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'large'
for v in (-5, 0, 3, 10, 100):
    print(v, classify(v))
if []:
    print('empty list truthy?')
elif {}:
    print('empty dict truthy?')
else:
    print('both falsy')
