for i in range(3):
    try:
        if i == 1:
            break
        print('body', i)
    finally:
        print('finally', i)
def f():
    while True:
        try:
            return 'returned'
        finally:
            print('cleanup before return')
print(f())
