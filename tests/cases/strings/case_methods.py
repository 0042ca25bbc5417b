s = 'hello wORLD, it\'s 3rd time'
print(s.upper())
print(s.lower())
print(s.title())
print(s.capitalize())
print(s.swapcase())
print('ß'.casefold(), 'ABC'.casefold())
print('hello'.isupper(), 'HELLO'.isupper(), 'Hello'.islower(), 'hello world'.istitle(), 'Hello World'.istitle())
