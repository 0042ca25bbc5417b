# A generator still suspended when the program ends is closed at interpreter exit,
# so its finally block prints after the last line of the script.
def gen():
    try:
        yield 'started'
    finally:
        print('finally at exit')

g = gen()
print(next(g))
print('end of script')
