print(0 or 'default', '' or [] or 'last', 'first' or 'second', None or 0)
print(1 and 'yes', 0 and 'no', 'a' and 'b' and 'c', [] and 1)
print(1 and 0 or 'x', None or 1 and 2, not 0 and 'ok')
def t(v):
    print('eval', v)
    return v
print(t(0) and t(1))
print(t(1) or t(2))
print(t('') or t(0) or t('end'))
name = ''
print(name or 'anonymous')
