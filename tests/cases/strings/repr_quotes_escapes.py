for s in ['plain', "it's", 'say "hi"', 'both \' and "', 'tab\t', 'nl\n', 'cr\r', 'back\\slash', '\x00\x07\x1b', 'é中文', '\u200b', '\x7f', '\U0001F600', '']:
    print(repr(s))
