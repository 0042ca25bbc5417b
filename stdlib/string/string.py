"""Character classes and simple string utilities.

ascii_letters, ascii_lowercase, ascii_uppercase, digits, hexdigits,
octdigits, punctuation, printable and whitespace are strings of the
characters in each class; capwords() capitalizes words; Template performs
$-substitutions.  This is pyco's own implementation of CPython 3.11's
string module (without Formatter).
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Template']

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s into words (on sep, or runs of whitespace), capitalize each
    word and join them back with sep (or a single space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


_ID_START = set(ascii_letters + '_')
_ID_CHARS = set(ascii_letters + digits + '_')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = None
    braceidpattern = None
    flags = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        # Yield (kind, text, start) for the template: kind is 'text',
        # 'escaped', 'named' (start is the delimiter's position; the name may
        # be braced), or 'invalid' (start is just after the delimiter).
        s = self.template
        delim = self.delimiter
        dl = len(delim)
        i = 0
        n = len(s)
        text_start = 0
        while True:
            j = s.find(delim, i)
            if j < 0:
                break
            if j > text_start:
                yield 'text', s[text_start:j], text_start
            k = j + dl
            if s.startswith(delim, k):
                yield 'escaped', delim, j
                i = text_start = k + dl
                continue
            if k < n and s[k] == '{':
                end = k + 1
                if end < n and s[end] in _ID_START:
                    end += 1
                    while end < n and s[end] in _ID_CHARS:
                        end += 1
                    if end < n and s[end] == '}':
                        yield 'named', s[k + 1:end], j
                        i = text_start = end + 1
                        continue
                yield 'invalid', '', k
                i = text_start = k
                continue
            if k < n and s[k] in _ID_START:
                end = k + 1
                while end < n and s[end] in _ID_CHARS:
                    end += 1
                yield 'named', s[k:end], j
                i = text_start = end
                continue
            yield 'invalid', '', k
            i = text_start = k
        if text_start < n:
            yield 'text', s[text_start:], text_start

    def _invalid(self, pos):
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        """Return the template with every placeholder replaced; a missing
        key raises KeyError and a malformed placeholder ValueError."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        for kind, text, pos in self._scan():
            if kind == 'named':
                out.append('%s' % (mapping[text],))
            elif kind == 'invalid':
                self._invalid(pos)
            else:
                out.append(text)
        return ''.join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        """Like substitute(), but leave missing or malformed placeholders
        in place."""
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        out = []
        s = self.template
        for kind, text, pos in self._scan():
            if kind == 'named':
                try:
                    out.append('%s' % (mapping[text],))
                except KeyError:
                    braced = s.startswith('{', pos + len(self.delimiter))
                    out.append(self.delimiter +
                               ('{%s}' % text if braced else text))
            elif kind == 'invalid':
                out.append(self.delimiter)
            else:
                out.append(text)
        return ''.join(out)

    def is_valid(self):
        """Report whether the template has no malformed placeholder."""
        for kind, text, pos in self._scan():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        """Return the placeholder names, in order of first appearance."""
        ids = []
        for kind, text, pos in self._scan():
            if kind == 'named' and text not in ids:
                ids.append(text)
            elif kind == 'invalid':
                self._invalid(pos)
        return ids


class _Chain:
    # Look keys up in the keyword arguments first, then the mapping.
    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        try:
            return self._first[key]
        except KeyError:
            return self._second[key]
