name = input()
age = int(input())
print(f'Hello {name}, next year you will be {age + 1}')
line = input('prompt> ')
print(repr(line))
words = input().split()
print(len(words), words)
try:
    input()
except EOFError as e:
    print('EOFError', repr(str(e)))
