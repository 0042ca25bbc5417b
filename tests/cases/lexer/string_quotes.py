a = 'single'
b = "double"
c = 'it\'s'
d = "say \"hi\""
e = "it's"
f = 'say "hi"'
print(a, b)
print(c, d)
print(e, f)
print(repr(c), repr(d), repr(f))
print(len(''), len(""), repr(''), repr(""))
print('' == "", 'a' == "a")
