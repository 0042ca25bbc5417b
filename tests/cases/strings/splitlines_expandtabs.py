text = 'line1\nline2\r\nline3\rline4\n'
print(text.splitlines())
print(text.splitlines(keepends=True))
print(''.splitlines(), 'one'.splitlines(), '\n'.splitlines(), 'a\n\nb'.splitlines())
print('a\tb\tc'.expandtabs(), 'a\tb\tc'.expandtabs(4), '12345\tx'.expandtabs(4), repr('\t'.expandtabs(2)))
