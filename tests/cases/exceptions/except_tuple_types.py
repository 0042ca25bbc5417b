def risky(kind):
    if kind == 'key':
        return {}['missing']
    if kind == 'index':
        return [][0]
    if kind == 'type':
        return 1 + 'a'
    return 'ok'
for k in ['key', 'index', 'type', 'none']:
    try:
        print(risky(k))
    except (KeyError, IndexError) as e:
        print('lookup error:', type(e).__name__, e)
    except TypeError as e:
        print('type error:', e)
