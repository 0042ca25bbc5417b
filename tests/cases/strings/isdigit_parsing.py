def parse(tokens):
    out = []
    for t in tokens:
        if t.isdigit():
            out.append(int(t))
        elif t.replace('.', '', 1).isdigit():
            out.append(float(t))
        elif t.isalpha():
            out.append(t.upper())
        else:
            out.append(None)
    return out
print(parse(['12', '3.5', 'abc', '1.2.3', 'x1', '-4', '007']))
