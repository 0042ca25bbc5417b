for ch in 'abc':
    print(ch, ord(ch))
print(list('héllo'), tuple('ab'), set('aa') == {'a'})
print([c for c in 'a1b2' if c.isdigit()])
print(enumerate('xy').__next__())
vowels = sum(1 for c in 'programming language' if c in 'aeiou')
print(vowels)
