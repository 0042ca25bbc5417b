i = 'outer i'
squares = [i * i for i in range(4)]
print(squares, i)
x = 10
print([x + j for j in range(3)])
gen = (k for k in range(3))
print(list(gen))
try:
    print(k)
except NameError as e:
    print(e)
d = {n: n * n for n in range(3)}
print(d)
try:
    n
except NameError as e:
    print(e)
