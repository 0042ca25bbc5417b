b = '中文 ok'.encode('utf-8')
print(b, len(b))
print(b.decode('utf-8'), b.decode())
print(b'caf\xc3\xa9'.decode(), b'caf\xe9'.decode('latin-1'))
try:
    b'\xff\xfe'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b'\xffabc'.decode('utf-8', errors='replace'), b'\xffabc'.decode('utf-8', 'ignore'))
