price = 9.5
try:
    print('Total: ' + price)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('%d items' % '3')
except Exception as e:
    print(type(e).__name__, e)
try:
    print(f'{price:d}')
except Exception as e:
    print(type(e).__name__, e)
try:
    print('{:x}'.format(1.5))
except Exception as e:
    print(type(e).__name__, e)
