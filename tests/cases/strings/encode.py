s = 'héllo 中文'
b = s.encode()
print(b, len(s), len(b))
print(s.encode('utf-8') == b, b.decode('utf-8') == s)
print('abc'.encode('ascii'), 'é'.encode('latin-1'))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('é'.encode('ascii', errors='replace'), 'é'.encode('ascii', 'ignore'))
