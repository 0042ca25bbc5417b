items = [('apple', 1.5, 3), ('banana', 0.25, 12), ('cherry', 10.0, 1)]
print(f'{"Item":<10}{"Price":>8}{"Qty":>5}')
for name, price, qty in items:
    print(f'{name:<10}{price:>8.2f}{qty:>5d}')
total = sum(p * q for _, p, q in items)
print(f'{"Total":<10}{total:>8.2f}')
print(f'{"-" * 23}')
