name = 'pyco'
version = 3
msg = f"""Name: {name}
Version: {version}
Both: {name}-{version}"""
print(msg)
total = (f'{name} '
         f'v{version} '
         'plain')
print(total)
print(f'''{
    name
}''')
