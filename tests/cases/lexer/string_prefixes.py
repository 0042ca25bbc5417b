x = 1
print(rf'\n{x}', fr'\t{x}', Rf'{x}\d', fR'{x}\w', RF'{x}', FR'{x}')
print(u'unicode prefix', U'also')
print(Br'\x', bR'\y', BR'\z')
print(type(u'x').__name__, type(b'x').__name__, type(rb'x').__name__)
