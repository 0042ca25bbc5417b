for s in ['3.14', '-0', '1e-3', ' 42 ', 'inf', '-Infinity', 'NaN', '1_0.5', '+.5']:
    print(repr(s), float(s))
for bad in ['', '1.2.3', 'one', '1e', '0x10']:
    try:
        float(bad)
    except ValueError as e:
        print(e)
print(str(1.0), str(2.50), str(1e100), str(-1.5e-10))
