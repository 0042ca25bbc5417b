x = 'global'
result = [x for _ in range(2)]
print(result)
y = 5
print([y * i for i in range(3)])
def f():
    z = 10
    return [z + i for i in range(3)]
print(f())
class C:
    base = [1, 2]
    doubled = [v * 2 for v in base]
print(C.doubled)
print([i for i in range(3)], 'i' in globals())
