print(r'\n is not a newline')
print(len(r'\n'), len('\n'))
print(r"C:\path\to\file")
print(repr(r'\d+\s*'))
print(r'a\'b', len(r'a\'b'))
print(R'\t', Rb'\x00', rb'\x00' == b'\\x00')
print(r"""raw
\triple""")
