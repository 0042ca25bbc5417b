try:
    [].pop()
except IndexError:
    print('handling')
    undefined_name
