s = 'the cat sat on the mat'
print(s.replace('at', 'og'), s.replace('at', 'og', 2), s.replace('', '-')[:10])
print(s.find('at'), s.find('at', 6), s.find('dog'), s.rfind('at'), s.rfind('the'))
print(s.index('sat'), s.rindex('the'), s.find('the', 1, 10))
try:
    s.index('dog')
except ValueError as e:
    print(e)
try:
    s.rindex('zz')
except ValueError as e:
    print(e)
print(s.count('at'), s.count('t'), s.count(''), 'aaaa'.count('aa'))
