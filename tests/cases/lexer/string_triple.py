s = """line one
line two
  indented "quoted" and 'single'"""
print(s)
print(len(s.splitlines()))
t = '''a
b'''
print(repr(t))
u = """ends with quote\""""
print(u)
v = '''can contain "" and '' and ""\" '''
print(v)
w = """\
no leading newline"""
print(repr(w))
