# String building: concatenation, join, f-strings, slicing, methods.
def build(n):
    parts = []
    s = ''
    for i in range(n):
        word = f'item{i}:{i * 7 % 13:02d}'
        parts.append(word.upper())
        s += word[-3:]
        if i % 1000 == 0:
            s = s[len(s) // 2:]
    joined = ','.join(parts)
    return joined, s


checksum = 0
total_len = 0
for round_ in range(36):
    joined, tail = build(50000)
    pieces = joined.split(',')
    total_len += len(joined) + len(tail)
    for p in pieces[::97]:
        checksum = (checksum * 31 + sum(ord(c) for c in p.replace('ITEM', ''))) % 1000000007
    checksum ^= len(tail)
print(total_len, checksum)
