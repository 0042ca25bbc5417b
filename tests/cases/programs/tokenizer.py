class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f'{self.kind}({self.text!r}@{self.pos})'


class LexError(Exception):
    pass


KEYWORDS = {'let', 'print', 'if', 'else'}
OPERATORS = ['==', '!=', '<=', '>=', '+', '-', '*', '/', '=', '<', '>', '(', ')']


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == '.'):
                i += 1
            tokens.append(Token('NUM', src[start:i], start))
        elif ch.isalpha() or ch == '_':
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == '_'):
                i += 1
            word = src[start:i]
            tokens.append(Token('KW' if word in KEYWORDS else 'NAME', word, start))
        elif ch in '"\'':
            end = src.find(ch, i + 1)
            if end < 0:
                raise LexError(f'unterminated string at {i}')
            tokens.append(Token('STR', src[i + 1:end], i))
            i = end + 1
        else:
            for op in OPERATORS:
                if src.startswith(op, i):
                    tokens.append(Token('OP', op, i))
                    i += len(op)
                    break
            else:
                raise LexError(f'unexpected character {ch!r} at {i}')
    return tokens


for line in ['let x = 42', 'print(x >= 3.5)', "if name != 'bob' else y", 'a_1 * (b2 - 7)', 'x = @', 'say "hi']:
    try:
        toks = tokenize(line)
        print(toks)
        kinds = {}
        for t in toks:
            kinds[t.kind] = kinds.get(t.kind, 0) + 1
        print('  counts:', dict(sorted(kinds.items())))
    except LexError as e:
        print('  LexError:', e)
