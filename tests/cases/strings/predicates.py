tests = ['123', '12.5', 'abc', 'abc123', '', ' ', '\t\n', 'ABC', 'Abc', '٣', '²', '中文']
for t in tests:
    print(repr(t), t.isdigit(), t.isdecimal(), t.isnumeric(), t.isalpha(), t.isalnum(), t.isspace(), t.isupper(), t.islower())
print('hello_world'.isidentifier(), '2x'.isidentifier(), 'abc'.isascii(), 'é'.isascii(), 'a\tb'.isprintable())
