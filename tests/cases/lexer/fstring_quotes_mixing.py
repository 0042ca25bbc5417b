d = {'key': 'val'}
print(f"{d['key']}")
print(f'{d["key"]}')
print(f'''{d['key']} and {d["key"]}''')
print(f"""{'triple'} {"mixed"}""")
print(f'{"nested" + f"{1+1}"}')
print(f"{'a' 'b'}")
