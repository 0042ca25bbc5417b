import string
print(string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace))
print(string.capwords('hello  wide world'))
