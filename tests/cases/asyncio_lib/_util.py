def norepr(obj):
    """repr(obj) without the ' at 0x...' address."""
    r = repr(obj)
    i = r.find(' at 0x')
    if i < 0:
        return r
    j = i + 6
    while j < len(r) and r[j] in '0123456789abcdef':
        j += 1
    return r[:i] + r[j:]
