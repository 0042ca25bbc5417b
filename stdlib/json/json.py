"""JSON (JavaScript Object Notation) encoder and decoder.

dumps()/dump() serialize Python objects to JSON text; loads()/load() parse
it back.  This is pyco's own implementation; it reproduces the output
format and error messages of CPython 3.11's json module.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder',
           'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ---- encoding -------------------------------------------------------------

_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _quote(s, ascii_only):
    # The JSON string literal for s.
    out = ['"']
    for ch in s:
        short = _SHORT_ESCAPES.get(ch)
        if short is not None:
            out.append(short)
            continue
        code = ord(ch)
        if code < 0x20 or (ascii_only and code > 0x7e):
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10),
                                               0xdc00 | (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    dict -> object; list, tuple -> array; str -> string; int, float ->
    number; True/False -> true/false; None -> null.  Override default() to
    serialize other objects."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as
        available."""
        out = []
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        _Writer(self, indent, out.append).value(o, 0)
        return iter(out)

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INF:
            text = 'Infinity'
        elif o == -_INF:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError('Out of range float values are not JSON '
                             'compliant')
        return text


class _Writer:
    # One encoding run: emits chunks through put.

    def __init__(self, enc, indent, put):
        self.enc = enc
        self.indent = indent
        self.put = put
        self.markers = {} if enc.check_circular else None

    def _mark(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError('Circular reference detected')
            markers[key] = o

    def _unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        put = self.put
        if isinstance(o, str):
            put(_quote(o, self.enc.ensure_ascii))
        elif o is None:
            put('null')
        elif o is True:
            put('true')
        elif o is False:
            put('false')
        elif isinstance(o, int):
            put(int.__repr__(o))
        elif isinstance(o, float):
            put(self.enc._float(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.obj(o, level)
        else:
            self._mark(o)
            self.value(self.enc.default(o), level)
            self._unmark(o)

    def _open(self, level):
        # The separator before the first item and between items, and the
        # text before the closing bracket.
        if self.indent is None:
            return '', self.enc.item_separator, ''
        inner = '\n' + self.indent * (level + 1)
        return inner, self.enc.item_separator + inner, \
            '\n' + self.indent * level

    def array(self, o, level):
        put = self.put
        if not o:
            put('[]')
            return
        self._mark(o)
        first, between, last = self._open(level)
        put('[' + first)
        sep = False
        for item in o:
            if sep:
                put(between)
            sep = True
            self.value(item, level + 1)
        put(last + ']')
        self._unmark(o)

    def obj(self, o, level):
        put = self.put
        enc = self.enc
        if not o:
            put('{}')
            return
        self._mark(o)
        first, between, last = self._open(level)
        put('{' + first)
        items = sorted(o.items()) if enc.sort_keys else o.items()
        sep = False
        for key, item in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = enc._float(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif enc.skipkeys:
                continue
            else:
                raise TypeError('keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if sep:
                put(between)
            sep = True
            put(_quote(key, enc.ensure_ascii))
            put(enc.key_separator)
            self.value(item, level + 1)
        put(last + '}')
        self._unmark(o)


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                  indent, separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                         allow_nan, indent, separators, default, sort_keys,
                         kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (a .write()-supporting
    file-like object)."""
    enc = _make_encoder(cls, skipkeys, ensure_ascii, check_circular,
                        allow_nan, indent, separators, default, sort_keys, kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


# ---- decoding -------------------------------------------------------------

_WS = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_UNESCAPE = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
             'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


class _NoValue(Exception):
    # No JSON value starts at the index (the caller reports where).
    pass


class JSONDecoder:
    """Simple JSON decoder, the inverse of JSONEncoder (also accepting NaN,
    Infinity and -Infinity)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        """Return the Python representation of the JSON document s."""
        obj, end = self.raw_decode(s, self._skip(s, 0))
        end = self._skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON value at the start of s[idx:]; return it and the
        index where it ends."""
        try:
            return self._value(s, idx)
        except _NoValue:
            raise JSONDecodeError('Expecting value', s, idx) from None

    @staticmethod
    def _skip(s, i):
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def _value(self, s, i):
        if i >= len(s):
            raise _NoValue
        ch = s[i]
        if ch == '"':
            return self._string(s, i + 1)
        if ch == '{':
            return self._object(s, i + 1)
        if ch == '[':
            return self._array(s, i + 1)
        if ch == 'n' and s.startswith('null', i):
            return None, i + 4
        if ch == 't' and s.startswith('true', i):
            return True, i + 4
        if ch == 'f' and s.startswith('false', i):
            return False, i + 5
        if ch == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if ch == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if ch == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self._number(s, i)

    def _number(self, s, i):
        n = len(s)
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] in '123456789':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise _NoValue
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _string(self, s, i):
        # i is just after the opening quote.
        begin = i - 1
        n = len(s)
        parts = []
        strict = self.strict
        while True:
            j = i
            while j < n:
                ch = s[j]
                if ch == '"' or ch == '\\':
                    break
                if ch < ' ' and strict:
                    raise JSONDecodeError('Invalid control character at', s, j)
                j += 1
            else:
                raise JSONDecodeError('Unterminated string starting at', s,
                                      begin)
            if j > i:
                parts.append(s[i:j])
            if s[j] == '"':
                return ''.join(parts), j + 1
            # A backslash escape at j.
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s,
                                      begin)
            esc = s[j + 1]
            if esc != 'u':
                char = _UNESCAPE.get(esc)
                if char is None:
                    raise JSONDecodeError('Invalid \\escape', s, j)
                parts.append(char)
                i = j + 2
                continue
            code, i = self._hex4(s, j + 2)
            if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                low, k = self._hex4(s, i + 2)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i = k
            parts.append(chr(code))

    @staticmethod
    def _hex4(s, i):
        # Four hex digits at i (just after "\u"); a closing character must
        # follow them.
        digits = s[i:i + 4]
        if i + 4 >= len(s) or len(digits) != 4 or \
                not all(c in _HEX for c in digits):
            raise JSONDecodeError('Invalid \\uXXXX escape', s, i - 1)
        return int(digits, 16), i + 4

    def _object(self, s, i):
        pairs = []
        skip = self._skip
        n = len(s)
        i = skip(s, i)
        if i < n and s[i] == '}':
            i += 1
        else:
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed '
                                          'in double quotes', s, i)
                key, i = self._string(s, i + 1)
                i = skip(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                i = skip(s, i + 1)
                try:
                    value, i = self._value(s, i)
                except _NoValue:
                    raise JSONDecodeError('Expecting value', s, i) from None
                pairs.append((key, value))
                i = skip(s, i)
                if i < n and s[i] == '}':
                    i += 1
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = skip(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i

    def _array(self, s, i):
        items = []
        skip = self._skip
        n = len(s)
        i = skip(s, i)
        if i < n and s[i] == ']':
            return items, i + 1
        while True:
            try:
                value, i = self._value(s, i)
            except _NoValue:
                raise JSONDecodeError('Expecting value', s, i) from None
            items.append(value)
            i = skip(s, i)
            if i < n and s[i] == ']':
                return items, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = skip(s, i + 1)


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray instance containing a JSON
    document) to a Python object."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using '
                                  'utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = bytes(s).decode('utf-8')
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_float is None and
            parse_int is None and parse_constant is None and
            object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float,
               parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (a .read()-supporting file-like object containing a
    JSON document) to a Python object."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
