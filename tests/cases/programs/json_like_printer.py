def render(value, indent=0):
    pad = '  ' * indent
    if isinstance(value, dict):
        if not value:
            return '{}'
        lines = [f'{pad}  {render_key(k)}: {render(v, indent + 1).lstrip()}' for k, v in value.items()]
        return '{\n' + ',\n'.join(lines) + '\n' + pad + '}'
    if isinstance(value, (list, tuple)):
        if not value:
            return '[]'
        lines = [pad + '  ' + render(v, indent + 1).lstrip() for v in value]
        return '[\n' + ',\n'.join(lines) + '\n' + pad + ']'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if value is None:
        return 'null'
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return render_key(value)
    raise TypeError(f'cannot render {type(value).__name__}')


def render_key(s):
    out = []
    for ch in str(s):
        if ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\\':
            out.append('\\\\')
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


doc = {
    'name': 'pyco',
    'version': [0, 1, 2],
    'stable': False,
    'ratio': 0.75,
    'tags': ['interpreter', 'go', '解释器'],
    'meta': {'quote': 'say "hi"', 'empty': {}, 'none': None, 'list': []},
}
print(render(doc))
try:
    render({'bad': {1, 2}})
except TypeError as e:
    print('TypeError:', e)
