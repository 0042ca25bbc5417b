x = 7
for op in ['+=', '-=', '*=', '//=', '%=', '**=', '<<=', '>>=', '&=', '|=', '^=']:
    y = x
    if op == '+=': y += 3
    elif op == '-=': y -= 3
    elif op == '*=': y *= 3
    elif op == '//=': y //= 3
    elif op == '%=': y %= 3
    elif op == '**=': y **= 3
    elif op == '<<=': y <<= 3
    elif op == '>>=': y >>= 1
    elif op == '&=': y &= 3
    elif op == '|=': y |= 8
    elif op == '^=': y ^= 5
    print(op, y)
z = 5.0
z /= 2
print(z)
