d = {'quote': "it's", 'nl': '\n', 1: [1, {'in': ('t',)}], 'uni': '中文'}
print(d)
print(str(d) == repr(d))
print({'a': None, 'b': True, 'c': 1.0})
print({})
