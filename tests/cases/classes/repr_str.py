class Both:
    def __repr__(self):
        return 'Both()'
    def __str__(self):
        return 'both as str'
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr<1>'
class OnlyStr:
    def __str__(self):
        return 'only str'
b, r = Both(), OnlyRepr()
print(b, repr(b), str(b))
print(r, str(r))
print([b, r])
print(f'{b} {b!r} {r}')
print(str(OnlyStr()), '%s' % OnlyStr())
print({'k': b}, (r,))
