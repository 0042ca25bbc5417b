for i in range(3):
    pass
print(i)
class Empty:
    pass
def nothing():
    pass
print(nothing(), type(Empty()).__name__)
if True:
    pass
else:
    print('unreachable')
print('after pass')
