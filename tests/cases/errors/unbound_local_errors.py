count = 0
def increment():
    count += 1
try:
    increment()
except Exception as e:
    print(type(e).__name__, e)
def shadow():
    print(len)
    len = 5
try:
    shadow()
except Exception as e:
    print(type(e).__name__, e)
def cond(flag):
    if flag:
        value = 'set'
    return value
try:
    cond(False)
except Exception as e:
    print(type(e).__name__, e)
