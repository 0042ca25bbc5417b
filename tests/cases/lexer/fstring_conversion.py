s = 'héllo'
print(f'{s}|{s!s}|{s!r}|{s!a}')
n = None
print(f'{n!r} {n!s}')
class P:
    def __str__(self):
        return 'str-P'
    def __repr__(self):
        return 'repr-P'
p = P()
print(f'{p} {p!s} {p!r} {p!a}')
print(f'{[s]}')
print(f'{s!r:>10}|')
