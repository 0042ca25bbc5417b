g_value = 10
print('g_value' in globals(), globals()['g_value'])
globals()['injected'] = 'via globals'
print(injected)
def f(a):
    b = a * 2
    return sorted(locals())
print(f(1))
class P:
    def __init__(self):
        self.x = 1
        self.y = 2
print(vars(P()))
print(sorted(k for k in vars(P) if not k.startswith('__')))
try:
    vars(5)
except TypeError as e:
    print(e)
