results = []
for token in ['1', 'x', '3', '', '5']:
    try:
        n = int(token)
    except ValueError as e:
        results.append(f'skip: {e}')
        continue
    results.append(n * 2)
for r in results:
    print(r)
