package vm

// This file defines bytes (an immutable sequence of small ints) with its
// slots and methods, and the text codecs shared by str.encode, bytes.decode
// and the str and bytes constructors: UTF-8, ASCII and Latin-1 with the
// strict, replace, ignore, backslashreplace and xmlcharrefreplace error
// handlers and CPython's UnicodeEncodeError/UnicodeDecodeError messages.

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Bytes is a pyco bytes object. B must not be mutated once shared.
// Class is the user subclass the object is an instance of; or nil for
// bytes. Attrs holds the instance attributes of such subclass instances.
type Bytes struct {
	B     []byte
	Class *Type // the subclass; or nil for bytes
	Attrs *Dict // instance attributes of a subclass instance; or nil
}

// NewBytes returns a bytes object holding b (not copied).
func NewBytes(b []byte) *Bytes { return &Bytes{B: b} }

// Type returns bytes, or the subclass the object is an instance of.
func (b *Bytes) Type() *Type {
	if b.Class != nil {
		return b.Class
	}
	return BytesType
}

// AttrDict returns the attribute dict of a subclass instance (creating it
// when create is true); or nil.
func (b *Bytes) AttrDict(create bool) *Dict {
	if b.Class == nil {
		return nil
	}
	if b.Attrs == nil && create {
		b.Attrs = NewDict()
	}
	return b.Attrs
}

// emptyBytes is the shared empty bytes object.
var emptyBytes = &Bytes{B: []byte{}}

// bytesRepr returns the repr of a bytes value: b'...' with CPython's quote
// choice and escapes.
func bytesRepr(data []byte) string {
	quote := byte('\'')
	if bytes.IndexByte(data, '\'') >= 0 && bytes.IndexByte(data, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(data) + 3)
	b.WriteByte('b')
	b.WriteByte(quote)
	for _, c := range data {
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\t':
			b.WriteString(`\t`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteByte(hexDigits[c>>4])
			b.WriteByte(hexDigits[c&15])
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// asBytes returns the content of a bytes-like object.
// The slice of a bytearray is its live buffer: copy it before keeping it.
func asBytes(o Object) ([]byte, bool) {
	switch b := o.(type) {
	case *Bytes:
		return b.B, true
	case *ByteArray:
		return b.B, true
	}
	return nil, false
}

// bytesLike requires a bytes-like argument.
func bytesLike(o Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
}

// bytesOf converts the argument of bytes(x) (and int.from_bytes): a
// bytes-like object, an object with __bytes__, or an iterable of ints in
// range(256).
func bytesOf(t *Thread, o Object) ([]byte, error) {
	if ba, ok := o.(*ByteArray); ok {
		return append([]byte(nil), ba.B...), nil
	}
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	switch v := o.(type) {
	case *Str:
		return nil, Errorf(TypeError, "cannot convert 'str' object to bytes")
	case *List:
		return bytesFromInts(t, v.Items)
	case *Tuple:
		return bytesFromInts(t, v.Items)
	}
	if fn, err := GetAttr(t, o, "__bytes__"); err == nil {
		r, err := t.Call(fn, nil, nil)
		if err != nil {
			return nil, err
		}
		b, ok := asBytes(r)
		if !ok {
			return nil, Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
		}
		return b, nil
	}
	if o.Type().Iter == nil {
		return nil, Errorf(TypeError, "cannot convert '%s' object to bytes", TypeName(o))
	}
	var out []byte
	err := Iterate(t, o, func(item Object) (bool, error) {
		c, err := byteValue(t, item)
		out = append(out, c)
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// byteValue converts an int in range(256) to a byte.
func byteValue(t *Thread, o Object) (byte, error) {
	v, err := indexValue(t, o)
	if err != nil {
		return 0, err
	}
	n, ok := AsInt64(v)
	if !ok || n < 0 || n > 255 {
		return 0, Errorf(ValueError, "bytes must be in range(0, 256)")
	}
	return byte(n), nil
}

func bytesFromInts(t *Thread, items []Object) ([]byte, error) {
	out := make([]byte, len(items))
	for i, item := range items {
		c, err := byteValue(t, item)
		if err != nil {
			return nil, err
		}
		out[i] = c
	}
	return out, nil
}

// --- codecs ---

// normEncoding returns the canonical codec name: "utf-8", "ascii",
// "latin-1", or "" for an unknown encoding.
func normEncoding(name string) string {
	n := strings.ReplaceAll(strings.ToLower(name), "_", "-")
	switch n {
	case "utf-8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "ascii", "us-ascii", "646":
		return "ascii"
	case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859", "l1", "cp819", "latin":
		return "latin-1"
	}
	return ""
}

// escapedChar renders a code point as CPython's codec error messages do:
// '\xe9', '\u4e2d' or '\U0001f600'.
func escapedChar(r rune) string {
	var b strings.Builder
	writeEscapedRune(&b, r)
	return b.String()
}

// encodeString encodes s with a codec and error handler.
func encodeString(s, encoding, errors string) ([]byte, error) {
	codec := normEncoding(encoding)
	switch codec {
	case "":
		return nil, Errorf(LookupError, "unknown encoding: %s", encoding)
	case "utf-8":
		return []byte(s), nil
	}
	limit := rune(0x80)
	if codec == "latin-1" {
		limit = 0x100
	}
	out := make([]byte, 0, len(s))
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r < limit {
			out = append(out, byte(r))
			continue
		}
		j := i + 1
		for j < len(rs) && rs[j] >= limit {
			j++
		}
		switch errors {
		case "strict":
			what := "character " + "'" + escapedChar(r) + "'"
			pos := strconv.Itoa(i)
			if j-i > 1 {
				what = "characters"
				pos = strconv.Itoa(i) + "-" + strconv.Itoa(j-1)
			}
			return nil, Errorf(UnicodeEncodeError, "'%s' codec can't encode %s in position %s: ordinal not in range(%d)", codec, what, pos, limit)
		case "ignore":
		case "replace":
			for k := i; k < j; k++ {
				out = append(out, '?')
			}
		case "backslashreplace":
			for k := i; k < j; k++ {
				out = append(out, escapedChar(rs[k])...)
			}
		case "xmlcharrefreplace":
			for k := i; k < j; k++ {
				out = append(out, "&#"+strconv.Itoa(int(rs[k]))+";"...)
			}
		default:
			return nil, Errorf(LookupError, "unknown error handler name '%s'", errors)
		}
		i = j - 1
	}
	return out, nil
}

// utf8Error locates the invalid sequence starting at data[i] as CPython's
// decoder does: it returns the end of the sequence and the reason.
func utf8Error(data []byte, i int) (int, string) {
	c := data[i]
	n := 0
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c >= 0xc2 && c <= 0xdf:
		n = 2
	case c == 0xe0:
		n, lo = 3, 0xa0
	case c >= 0xe1 && c <= 0xec, c == 0xee, c == 0xef:
		n = 3
	case c == 0xed:
		n, hi = 3, 0x9f
	case c == 0xf0:
		n, lo = 4, 0x90
	case c >= 0xf1 && c <= 0xf3:
		n = 4
	case c == 0xf4:
		n, hi = 4, 0x8f
	default:
		return i + 1, "invalid start byte"
	}
	for k := 1; k < n; k++ {
		if i+k >= len(data) {
			return len(data), "unexpected end of data"
		}
		b := data[i+k]
		if k == 1 {
			if b < lo || b > hi {
				return i + 1, "invalid continuation byte"
			}
		} else if b < 0x80 || b > 0xbf {
			return i + k, "invalid continuation byte"
		}
	}
	return i + n, "invalid continuation byte"
}

// decodeBytes decodes data with a codec and error handler.
func decodeBytes(data []byte, encoding, errors string) (string, error) {
	codec := normEncoding(encoding)
	switch codec {
	case "":
		return "", Errorf(LookupError, "unknown encoding: %s", encoding)
	case "latin-1":
		rs := make([]rune, len(data))
		for i, c := range data {
			rs[i] = rune(c)
		}
		return string(rs), nil
	}
	if codec == "utf-8" && utf8.Valid(data) {
		return string(data), nil
	}
	var b strings.Builder
	b.Grow(len(data))
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			b.WriteByte(c)
			i++
			continue
		}
		end, reason := i+1, "ordinal not in range(128)"
		if codec == "utf-8" {
			r, size := utf8.DecodeRune(data[i:])
			if r != utf8.RuneError || size > 1 {
				b.WriteRune(r)
				i += size
				continue
			}
			end, reason = utf8Error(data, i)
		}
		switch errors {
		case "strict":
			if end-i == 1 {
				return "", Errorf(UnicodeDecodeError, "'%s' codec can't decode byte 0x%02x in position %d: %s", codec, data[i], i, reason)
			}
			return "", Errorf(UnicodeDecodeError, "'%s' codec can't decode bytes in position %d-%d: %s", codec, i, end-1, reason)
		case "ignore":
		case "replace":
			b.WriteRune(utf8.RuneError)
		case "backslashreplace":
			for k := i; k < end; k++ {
				b.WriteString(`\x`)
				b.WriteByte(hexDigits[data[k]>>4])
				b.WriteByte(hexDigits[data[k]&15])
			}
		case "surrogateescape":
			// Go strings cannot hold lone surrogates; substitute U+FFFD.
			for k := i; k < end; k++ {
				b.WriteRune(utf8.RuneError)
			}
		default:
			return "", Errorf(LookupError, "unknown error handler name '%s'", errors)
		}
		i = end
	}
	return b.String(), nil
}

// --- slots ---

func bytes_repr(t *Thread, o Object) (Object, error) {
	return newStrASCII(bytesRepr(o.(*Bytes).B)), nil
}

func bytes_hash(t *Thread, o Object) (int64, error) {
	return hashString(string(o.(*Bytes).B)), nil
}

func bytes_len(t *Thread, o Object) (int, error) { return len(o.(*Bytes).B), nil }

func bytes_bool(t *Thread, o Object) (bool, error) { return len(o.(*Bytes).B) > 0, nil }

func bytes_richcompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := asBytes(a)
	y, ok2 := asBytes(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return cmpResult(bytes.Compare(x, y), op), nil
}

func bytes_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	x, ok := asBytes(a)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case nbAdd:
		y, ok := asBytes(b)
		if !ok {
			return nil, Errorf(TypeError, "can't concat %s to bytes", TypeName(b))
		}
		if len(y) == 0 {
			return &Bytes{B: x}, nil
		}
		out := make([]byte, len(x)+len(y))
		copy(out, x)
		copy(out[len(x):], y)
		return &Bytes{B: out}, nil
	case nbMult:
		if !isIndexable(b) {
			return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		return bytesRepeat(t, x, b)
	case nbMod:
		r, err := percentFormatBytes(t, x, b)
		if err != nil {
			return nil, err
		}
		return &Bytes{B: r}, nil
	}
	return NotImplemented, nil
}

func bytes_rbinop(t *Thread, a, b Object, op int) (Object, error) {
	y, ok := asBytes(b)
	if !ok || op != nbMult {
		return NotImplemented, nil
	}
	if !isIndexable(a) {
		return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(a))
	}
	return bytesRepeat(t, y, a)
}

func bytesRepeat(t *Thread, x []byte, nObj Object) (Object, error) {
	n, err := AsIndex(t, nObj)
	if err != nil {
		return nil, err
	}
	if n <= 0 || len(x) == 0 {
		return emptyBytes, nil
	}
	if err := checkAllocRepeat(n, len(x), 1); err != nil {
		return nil, err
	}
	return &Bytes{B: bytes.Repeat(x, n)}, nil
}

func bytes_contains(t *Thread, o, v Object) (bool, error) {
	data := o.(*Bytes).B
	if sub, ok := asBytes(v); ok {
		return bytes.Contains(data, sub), nil
	}
	if isIndexable(v) {
		c, err := byteValue(t, v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == ValueError {
				return false, Errorf(ValueError, "byte must be in range(0, 256)")
			}
			return false, err
		}
		return bytes.IndexByte(data, c) >= 0, nil
	}
	return false, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(v))
}

func bytes_getitem(t *Thread, o, key Object) (Object, error) {
	data := o.(*Bytes).B
	if sl, ok := key.(*Slice); ok {
		start, stop, step, n, err := SliceIndices(t, sl, len(data))
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return emptyBytes, nil
		}
		if step == 1 {
			if n == len(data) {
				return &Bytes{B: data}, nil
			}
			return &Bytes{B: data[start:stop]}, nil
		}
		out := make([]byte, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			out[i] = data[j]
		}
		return &Bytes{B: out}, nil
	}
	if !isIndexable(key) {
		return nil, Errorf(TypeError, "byte indices must be integers or slices, not %s", TypeName(key))
	}
	i, err := AsIndex(t, key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(data)
	}
	if i < 0 || i >= len(data) {
		return nil, Errorf(IndexError, "index out of range")
	}
	return MakeInt(int64(data[i])), nil
}

// BytesIteratorType is the type of iter(b'...').
var BytesIteratorType = &Type{Name: "bytes_iterator", Module: "builtins", IsBuiltin: true, NoSubclass: true}

// A BytesIterator yields the bytes of a bytes object as ints.
type BytesIterator struct {
	b []byte
	i int
}

// Type returns bytes_iterator.
func (*BytesIterator) Type() *Type { return BytesIteratorType }

// NextItem returns the next byte as an int, or nil when exhausted.
func (it *BytesIterator) NextItem() Object {
	if it.i >= len(it.b) {
		return nil
	}
	c := it.b[it.i]
	it.i++
	return smallInts[int(c)-smallIntMin]
}

func bytes_iter(t *Thread, o Object) (Object, error) {
	return &BytesIterator{b: o.(*Bytes).B}, nil
}

// bytes_new implements bytes(), bytes(int), bytes(iterable),
// bytes(str, encoding[, errors]).
func bytes_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls != BytesType && cls != nil {
		r, err := bytes_new(t, BytesType, args, kwnames)
		if err != nil {
			return nil, err
		}
		return &Bytes{B: r.(*Bytes).B, Class: cls}, nil
	}
	var p [3]Object
	if err := scalarArgs("bytes", args, kwnames, []string{"source", "encoding", "errors"}, 0, p[:]); err != nil {
		return nil, err
	}
	src := p[0]
	if src == nil {
		if p[1] != nil || p[2] != nil {
			return nil, Errorf(TypeError, "encoding without a string argument")
		}
		return emptyBytes, nil
	}
	if s, ok := src.(*Str); ok {
		if p[1] == nil {
			if p[2] != nil {
				return nil, Errorf(TypeError, "string argument without an encoding")
			}
			return nil, Errorf(TypeError, "string argument without an encoding")
		}
		enc, err := strArg(p[1], "bytes() argument 'encoding' must be str, not %s")
		if err != nil {
			return nil, err
		}
		errors := "strict"
		if p[2] != nil {
			e, err := strArg(p[2], "bytes() argument 'errors' must be str, not %s")
			if err != nil {
				return nil, err
			}
			errors = e.S
		}
		b, err := encodeString(s.S, enc.S, errors)
		if err != nil {
			return nil, err
		}
		return &Bytes{B: b}, nil
	}
	if p[1] != nil {
		return nil, Errorf(TypeError, "encoding without a string argument")
	}
	if p[2] != nil {
		return nil, Errorf(TypeError, "errors without a string argument")
	}
	if b, ok := src.(*Bytes); ok && b.Class == nil {
		return b, nil
	}
	if isIndexable(src) {
		n, err := AsIndex(t, src)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "negative count")
		}
		if err := checkAlloc(n, 1); err != nil {
			return nil, err
		}
		return &Bytes{B: make([]byte, n)}, nil
	}
	b, err := bytesOf(t, src)
	if err != nil {
		return nil, err
	}
	return &Bytes{B: b}, nil
}

// --- methods ---

// bytesSelf returns the receiver of a bytes method.
func bytesSelf(args []Object, name string) ([]byte, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "unbound method bytes.%s() needs an argument", name)
	}
	b, ok := asBytes(args[0])
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' for 'bytes' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
	}
	return b, nil
}

func bytes_decode(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "decode")
	if err != nil {
		return nil, err
	}
	var p [2]Object
	if err := scalarArgs("decode", args[1:], kwnames, []string{"encoding", "errors"}, 0, p[:]); err != nil {
		return nil, err
	}
	encoding, errors, err := encodingArgs("decode", p[0], p[1])
	if err != nil {
		return nil, err
	}
	s, err := decodeBytes(data, encoding, errors)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func bytes_hex(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "hex")
	if err != nil {
		return nil, err
	}
	var p [2]Object
	if err := scalarArgs("hex", args[1:], kwnames, []string{"sep", "bytes_per_sep"}, 0, p[:]); err != nil {
		return nil, err
	}
	sep := ""
	if p[0] != nil {
		switch v := p[0].(type) {
		case *Str:
			sep = v.S
		case *Bytes:
			sep = string(v.B)
		default:
			return nil, Errorf(TypeError, "sep must be str or bytes.")
		}
		if utf8.RuneCountInString(sep) != 1 {
			return nil, Errorf(ValueError, "sep must be length 1.")
		}
	}
	per := 1
	if p[1] != nil {
		if per, err = AsIndex(t, p[1]); err != nil {
			return nil, err
		}
	}
	var b strings.Builder
	b.Grow(len(data) * 3)
	n := len(data)
	for i, c := range data {
		if sep != "" && i > 0 && per != 0 {
			if per > 0 && (n-i)%per == 0 {
				b.WriteString(sep)
			} else if per < 0 && i%(-per) == 0 {
				b.WriteString(sep)
			}
		}
		b.WriteByte(hexDigits[c>>4])
		b.WriteByte(hexDigits[c&15])
	}
	return newStrASCII(b.String()), nil
}

// fromhexArg returns the str argument of the classmethods bytes.fromhex
// and float.fromhex; a leading class argument is skipped.
func fromhexArg(args []Object, kwnames []string) (*Str, error) {
	if len(args) > 0 {
		if _, isType := args[0].(*Type); isType {
			args = args[1:]
		}
	}
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeError, "fromhex() takes exactly one argument (%d given)", len(args))
	}
	s, ok := args[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "fromhex() argument must be str, not %s", TypeName(args[0]))
	}
	return s, nil
}

// bytes_fromhex implements the classmethod bytes.fromhex(s); a leading
// class argument is skipped.
func bytes_fromhex(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := fromhexArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	hexVal := func(c byte) int {
		switch {
		case c >= '0' && c <= '9':
			return int(c - '0')
		case c >= 'a' && c <= 'f':
			return int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			return int(c-'A') + 10
		}
		return -1
	}
	text := s.S
	var out []byte
	for i := 0; i < len(text); {
		c := text[i]
		if c == ' ' || (c >= '\t' && c <= '\r') {
			i++
			continue
		}
		hi := hexVal(c)
		if hi < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i)
		}
		if i+1 >= len(text) || hexVal(text[i+1]) < 0 {
			return nil, Errorf(ValueError, "non-hexadecimal number found in fromhex() arg at position %d", i+1)
		}
		out = append(out, byte(hi<<4|hexVal(text[i+1])))
		i += 2
	}
	return &Bytes{B: out}, nil
}

func bytes_join(t *Thread, args []Object, kwnames []string) (Object, error) {
	sep, err := bytesSelf(args, "join")
	if err != nil {
		return nil, err
	}
	if len(kwnames) > 0 || len(args) != 2 {
		return nil, Errorf(TypeError, "bytes.join() takes exactly one argument (%d given)", len(args)-1)
	}
	var parts [][]byte
	i := 0
	err = Iterate(t, args[1], func(item Object) (bool, error) {
		b, ok := asBytes(item)
		if !ok {
			return false, Errorf(TypeError, "sequence item %d: expected a bytes-like object, %s found", i, TypeName(item))
		}
		parts = append(parts, b)
		i++
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return &Bytes{B: bytes.Join(parts, sep)}, nil
}

// bytesArg requires a bytes-like argument of a method.
func bytesArg(o Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
}

// bytesRangeArgs binds (sub, start, end) of find/count/startswith.
func bytesRangeArgs(t *Thread, data []byte, name string, args []Object, kwnames []string) (sub Object, lo, hi int, ok bool, err error) {
	if err = scalarPosArgs(name, args, kwnames, 1, 3); err != nil {
		return
	}
	sub = args[1]
	n := len(data)
	start, end := 0, n
	if len(args) > 2 {
		if start, err = optIndex(t, args[2], 0); err != nil {
			return
		}
	}
	if len(args) > 3 {
		if end, err = optIndex(t, args[3], n); err != nil {
			return
		}
	}
	start, end = adjustRange(start, end, n)
	if start > n {
		return sub, 0, 0, false, nil
	}
	if end < start {
		end = start
	}
	return sub, start, end, true, nil
}

// bytesNeedle converts the needle of find/count/index: bytes or an int.
func bytesNeedle(t *Thread, o Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	if isIndexable(o) {
		c, err := byteValue(t, o)
		if err != nil {
			return nil, Errorf(ValueError, "byte must be in range(0, 256)")
		}
		return []byte{c}, nil
	}
	return nil, Errorf(TypeError, "argument should be integer or bytes-like object, not '%s'", TypeName(o))
}

// bytesFind implements find/rfind/index/rindex.
func bytesFind(t *Thread, args []Object, kwnames []string, name string, reverse, raise bool) (Object, error) {
	data, err := bytesSelf(args, name)
	if err != nil {
		return nil, err
	}
	subObj, lo, hi, ok, err := bytesRangeArgs(t, data, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := bytesNeedle(t, subObj)
	if err != nil {
		return nil, err
	}
	pos := -1
	if ok {
		if reverse {
			pos = bytes.LastIndex(data[lo:hi], sub)
		} else {
			pos = bytes.Index(data[lo:hi], sub)
		}
		if pos >= 0 {
			pos += lo
		}
	}
	if pos < 0 && raise {
		return nil, Errorf(ValueError, "subsection not found")
	}
	return MakeInt(int64(pos)), nil
}

func bytes_find(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesFind(t, args, kwnames, "find", false, false)
}

func bytes_rfind(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesFind(t, args, kwnames, "rfind", true, false)
}

func bytes_index(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesFind(t, args, kwnames, "index", false, true)
}

func bytes_rindex(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesFind(t, args, kwnames, "rindex", true, true)
}

func bytes_count(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "count")
	if err != nil {
		return nil, err
	}
	subObj, lo, hi, ok, err := bytesRangeArgs(t, data, "count", args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := bytesNeedle(t, subObj)
	if err != nil {
		return nil, err
	}
	if !ok {
		return MakeInt(0), nil
	}
	return MakeInt(int64(bytes.Count(data[lo:hi], sub))), nil
}

// bytesAffix implements startswith and endswith.
func bytesAffix(t *Thread, args []Object, kwnames []string, name string, end bool) (Object, error) {
	data, err := bytesSelf(args, name)
	if err != nil {
		return nil, err
	}
	subObj, lo, hi, ok, err := bytesRangeArgs(t, data, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	part := data[lo:hi]
	test := func(o Object) (bool, error) {
		x, isBytes := asBytes(o)
		if !isBytes {
			return false, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
		}
		if !ok {
			return false, nil
		}
		if end {
			return bytes.HasSuffix(part, x), nil
		}
		return bytes.HasPrefix(part, x), nil
	}
	if tup, isTuple := subObj.(*Tuple); isTuple {
		for _, item := range tup.Items {
			r, err := test(item)
			if err != nil || r {
				return Bool(r), err
			}
		}
		return False, nil
	}
	if _, isBytes := asBytes(subObj); !isBytes {
		return nil, Errorf(TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(subObj))
	}
	r, err := test(subObj)
	return Bool(r), err
}

func bytes_startswith(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesAffix(t, args, kwnames, "startswith", false)
}

func bytes_endswith(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesAffix(t, args, kwnames, "endswith", true)
}

func bytes_replace(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "replace")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("replace", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	old, err := bytesArg(args[1])
	if err != nil {
		return nil, err
	}
	repl, err := bytesArg(args[2])
	if err != nil {
		return nil, err
	}
	count := -1
	if len(args) > 3 {
		if count, err = AsIndex(t, args[3]); err != nil {
			return nil, err
		}
	}
	return &Bytes{B: bytes.Replace(data, old, repl, count)}, nil
}

// isBytesSpace reports ASCII whitespace as bytes methods define it.
func isBytesSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// bytesSplitArgs binds split's (sep=None, maxsplit=-1).
func bytesSplitArgs(t *Thread, name string, args []Object, kwnames []string) (sep []byte, maxsplit int, err error) {
	var p [2]Object
	if err = scalarArgs(name, args[1:], kwnames, []string{"sep", "maxsplit"}, 0, p[:]); err != nil {
		return
	}
	maxsplit = -1
	if p[1] != nil {
		if maxsplit, err = AsIndex(t, p[1]); err != nil {
			return
		}
	}
	if p[0] != nil && p[0] != None {
		if sep, err = bytesArg(p[0]); err != nil {
			return
		}
		if len(sep) == 0 {
			err = Errorf(ValueError, "empty separator")
		}
	}
	return
}

// bytesList wraps byte slices as a list of bytes.
func bytesList(parts [][]byte) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		items[i] = &Bytes{B: p}
	}
	return NewList(items)
}

func bytes_split(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "split")
	if err != nil {
		return nil, err
	}
	sep, maxsplit, err := bytesSplitArgs(t, "split", args, kwnames)
	if err != nil {
		return nil, err
	}
	if sep == nil {
		// splitWhitespace works on strings; bytes whitespace is ASCII.
		var parts [][]byte
		i, n := 0, len(data)
		for {
			for i < n && isBytesSpace(data[i]) {
				i++
			}
			if i >= n {
				break
			}
			if maxsplit >= 0 && len(parts) == maxsplit {
				parts = append(parts, data[i:])
				break
			}
			j := i
			for j < n && !isBytesSpace(data[j]) {
				j++
			}
			parts = append(parts, data[i:j])
			i = j
		}
		return bytesList(parts), nil
	}
	n := maxsplit + 1
	if maxsplit < 0 {
		n = -1
	}
	return bytesList(bytes.SplitN(data, sep, n)), nil
}

// bytesStrip implements strip, lstrip and rstrip.
func bytesStrip(args []Object, kwnames []string, name string, left, right bool) (Object, error) {
	data, err := bytesSelf(args, name)
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs(name, args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	pred := isBytesSpace
	if len(args) > 1 && args[1] != None {
		chars, err := bytesArg(args[1])
		if err != nil {
			return nil, err
		}
		pred = func(c byte) bool { return bytes.IndexByte(chars, c) >= 0 }
	}
	i, j := 0, len(data)
	if left {
		for i < j && pred(data[i]) {
			i++
		}
	}
	if right {
		for j > i && pred(data[j-1]) {
			j--
		}
	}
	return &Bytes{B: data[i:j]}, nil
}

func bytes_strip(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesStrip(args, kwnames, "strip", true, true)
}

func bytes_lstrip(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesStrip(args, kwnames, "lstrip", true, false)
}

func bytes_rstrip(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesStrip(args, kwnames, "rstrip", false, true)
}

// bytesMap implements upper, lower and swapcase.
func bytesMap(args []Object, kwnames []string, name string, f func(byte) byte) (Object, error) {
	data, err := bytesSelf(args, name)
	if err != nil {
		return nil, err
	}
	if err := scalarNoArgs("bytes."+name, args, kwnames); err != nil {
		return nil, err
	}
	out := make([]byte, len(data))
	for i, c := range data {
		out[i] = f(c)
	}
	return &Bytes{B: out}, nil
}

func bytes_upper(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesMap(args, kwnames, "upper", toUpperASCII)
}

func bytes_lower(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesMap(args, kwnames, "lower", toLowerASCII)
}

func bytes_swapcase(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesMap(args, kwnames, "swapcase", func(c byte) byte {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	})
}

// bytesAll implements the ASCII predicates (true when non-empty and every
// byte satisfies pred).
func bytesAll(args []Object, kwnames []string, name string, pred func(byte) bool) (Object, error) {
	data, err := bytesSelf(args, name)
	if err != nil {
		return nil, err
	}
	if err := scalarNoArgs("bytes."+name, args, kwnames); err != nil {
		return nil, err
	}
	if len(data) == 0 {
		return False, nil
	}
	for _, c := range data {
		if !pred(c) {
			return False, nil
		}
	}
	return True, nil
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }
func isASCIIAlpha(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func bytes_isdigit(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesAll(args, kwnames, "isdigit", isASCIIDigit)
}

func bytes_isalpha(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesAll(args, kwnames, "isalpha", isASCIIAlpha)
}

func bytes_isalnum(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesAll(args, kwnames, "isalnum", func(c byte) bool { return isASCIIDigit(c) || isASCIIAlpha(c) })
}

func bytes_isspace(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesAll(args, kwnames, "isspace", isBytesSpace)
}

func bytes_isupper(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "isupper")
	if err != nil {
		return nil, err
	}
	cased := false
	for _, c := range data {
		if c >= 'a' && c <= 'z' {
			return False, nil
		}
		cased = cased || (c >= 'A' && c <= 'Z')
	}
	return Bool(cased), nil
}

func bytes_islower(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "islower")
	if err != nil {
		return nil, err
	}
	cased := false
	for _, c := range data {
		if c >= 'A' && c <= 'Z' {
			return False, nil
		}
		cased = cased || (c >= 'a' && c <= 'z')
	}
	return Bool(cased), nil
}

// bytesPartition implements partition and rpartition.
func bytesPartition(args []Object, kwnames []string, name string, reverse bool) (Object, error) {
	data, err := bytesSelf(args, name)
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs(name, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	sep, err := bytesArg(args[1])
	if err != nil {
		return nil, err
	}
	if len(sep) == 0 {
		return nil, Errorf(ValueError, "empty separator")
	}
	var k int
	if reverse {
		k = bytes.LastIndex(data, sep)
	} else {
		k = bytes.Index(data, sep)
	}
	if k < 0 {
		if reverse {
			return NewTuple([]Object{emptyBytes, emptyBytes, args[0]}), nil
		}
		return NewTuple([]Object{args[0], emptyBytes, emptyBytes}), nil
	}
	return NewTuple([]Object{&Bytes{B: data[:k]}, &Bytes{B: sep}, &Bytes{B: data[k+len(sep):]}}), nil
}

func bytes_partition(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesPartition(args, kwnames, "partition", false)
}

func bytes_rpartition(t *Thread, args []Object, kwnames []string) (Object, error) {
	return bytesPartition(args, kwnames, "rpartition", true)
}

func bytes_getnewargs(t *Thread, args []Object, kwnames []string) (Object, error) {
	data, err := bytesSelf(args, "__getnewargs__")
	if err != nil {
		return nil, err
	}
	return NewTuple([]Object{&Bytes{B: data}}), nil
}

func init() {
	builtinTypes = append(builtinTypes, BytesIteratorType)
	BytesIteratorType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	BytesIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		return o.(*BytesIterator).NextItem(), nil
	}

	b := BytesType
	b.Doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes"
	b.New = bytes_new
	b.Repr = bytes_repr
	b.Hash = bytes_hash
	b.Bool = bytes_bool
	b.Len = bytes_len
	b.RichCompare = bytes_richcompare
	b.BinaryOp = bytes_binop
	b.RBinaryOp = bytes_rbinop
	b.Contains = bytes_contains
	b.GetItem = bytes_getitem
	b.Iter = bytes_iter
	methods := []struct {
		name string
		fn   BuiltinFunc
	}{
		{"decode", bytes_decode}, {"hex", bytes_hex}, {"join", bytes_join},
		{"find", bytes_find}, {"rfind", bytes_rfind}, {"index", bytes_index}, {"rindex", bytes_rindex},
		{"count", bytes_count}, {"startswith", bytes_startswith}, {"endswith", bytes_endswith},
		{"replace", bytes_replace}, {"split", bytes_split},
		{"strip", bytes_strip}, {"lstrip", bytes_lstrip}, {"rstrip", bytes_rstrip},
		{"upper", bytes_upper}, {"lower", bytes_lower}, {"swapcase", bytes_swapcase},
		{"isdigit", bytes_isdigit}, {"isalpha", bytes_isalpha}, {"isalnum", bytes_isalnum},
		{"isspace", bytes_isspace}, {"isupper", bytes_isupper}, {"islower", bytes_islower},
		{"partition", bytes_partition}, {"rpartition", bytes_rpartition},
		{"__getnewargs__", bytes_getnewargs},
	}
	for _, m := range methods {
		b.AddMethod(m.name, m.fn)
	}
	b.Dict.SetStr("fromhex", &ClassMethod{Func: &Builtin{Name: "fromhex", Fn: bytes_fromhex}})
}

// --- bytearray ---

// ByteArrayType is the type of bytearray, the mutable bytes.
var ByteArrayType = &Type{Name: "bytearray", Module: "builtins", IsBuiltin: true}

// ByteArray is a pyco bytearray. Class and Attrs serve user subclasses as
// for Bytes.
type ByteArray struct {
	B     []byte
	Class *Type // the subclass; or nil for bytearray
	Attrs *Dict // instance attributes of a subclass instance; or nil
}

// Type returns bytearray, or the subclass the object is an instance of.
func (b *ByteArray) Type() *Type {
	if b.Class != nil {
		return b.Class
	}
	return ByteArrayType
}

// AttrDict returns the attribute dict of a subclass instance (creating it
// when create is true); or nil.
func (b *ByteArray) AttrDict(create bool) *Dict {
	if b.Class == nil {
		return nil
	}
	if b.Attrs == nil && create {
		b.Attrs = NewDict()
	}
	return b.Attrs
}

func bytearray_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	ba := &ByteArray{B: []byte{}}
	if cls != ByteArrayType && cls != nil {
		ba.Class = cls
	}
	return ba, nil
}

// bytearray_init fills a new bytearray with the arguments of bytes().
func bytearray_init(t *Thread, self Object, args []Object, kwnames []string) error {
	r, err := bytes_new(t, BytesType, args, kwnames)
	if err != nil {
		return err
	}
	self.(*ByteArray).B = append([]byte(nil), r.(*Bytes).B...)
	return nil
}

func bytearray_repr(t *Thread, o Object) (Object, error) {
	ba := o.(*ByteArray)
	return NewStr(ba.Type().Name + "(" + bytesRepr(ba.B) + ")"), nil
}

func bytearray_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	ba, ok := a.(*ByteArray)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case nbAdd:
		y, ok := asBytes(b)
		if !ok {
			return nil, Errorf(TypeError, "can't concat %s to %s", TypeName(b), TypeName(a))
		}
		if inplace {
			ba.B = append(ba.B, y...)
			return ba, nil
		}
		out := make([]byte, 0, len(ba.B)+len(y))
		return &ByteArray{B: append(append(out, ba.B...), y...)}, nil
	case nbMult:
		if !isIndexable(b) {
			return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		r, err := bytesRepeat(t, ba.B, b)
		if err != nil {
			return nil, err
		}
		if inplace {
			ba.B = append(ba.B[:0], r.(*Bytes).B...)
			return ba, nil
		}
		return &ByteArray{B: append([]byte(nil), r.(*Bytes).B...)}, nil
	case nbMod:
		r, err := percentFormatBytes(t, ba.B, b)
		if err != nil {
			return nil, err
		}
		return &ByteArray{B: r}, nil
	}
	return NotImplemented, nil
}

func bytearray_rbinop(t *Thread, a, b Object, op int) (Object, error) {
	ba, ok := b.(*ByteArray)
	if !ok || op != nbMult || !isIndexable(a) {
		return NotImplemented, nil
	}
	r, err := bytesRepeat(t, ba.B, a)
	if err != nil {
		return nil, err
	}
	return &ByteArray{B: append([]byte(nil), r.(*Bytes).B...)}, nil
}

func bytearray_getitem(t *Thread, o, key Object) (Object, error) {
	ba := o.(*ByteArray)
	if _, ok := key.(*Slice); ok {
		r, err := bytes_getitem(t, &Bytes{B: ba.B}, key)
		if err != nil {
			return nil, err
		}
		return &ByteArray{B: append([]byte{}, r.(*Bytes).B...)}, nil
	}
	if !isIndexable(key) {
		return nil, Errorf(TypeError, "bytearray indices must be integers or slices, not %s", TypeName(key))
	}
	i, err := AsIndex(t, key)
	if err != nil {
		return nil, err
	}
	if i < 0 {
		i += len(ba.B)
	}
	if i < 0 || i >= len(ba.B) {
		return nil, Errorf(IndexError, "bytearray index out of range")
	}
	return MakeInt(int64(ba.B[i])), nil
}

func bytearray_setitem(t *Thread, o, key, v Object) error {
	ba := o.(*ByteArray)
	if sl, ok := key.(*Slice); ok {
		var src []byte
		if isIndexable(v) {
			return Errorf(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		src, err := bytesOf(t, v)
		if err != nil {
			return err
		}
		start, stop, step, n, err := SliceIndices(t, sl, len(ba.B))
		if err != nil {
			return err
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]byte, 0, len(ba.B)-(stop-start)+len(src))
			out = append(out, ba.B[:start]...)
			out = append(out, src...)
			ba.B = append(out, ba.B[stop:]...)
			return nil
		}
		if len(src) != n {
			return Errorf(ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
		}
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			ba.B[j] = src[i]
		}
		return nil
	}
	if !isIndexable(key) {
		return Errorf(TypeError, "bytearray indices must be integers or slices, not %s", TypeName(key))
	}
	i, err := AsIndex(t, key)
	if err != nil {
		return err
	}
	if i < 0 {
		i += len(ba.B)
	}
	if i < 0 || i >= len(ba.B) {
		return Errorf(IndexError, "bytearray index out of range")
	}
	if !isIndexable(v) {
		return Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(v))
	}
	c, err := byteValue(t, v)
	if err != nil {
		return Errorf(ValueError, "byte must be in range(0, 256)")
	}
	ba.B[i] = c
	return nil
}

func bytearray_delitem(t *Thread, o, key Object) error {
	ba := o.(*ByteArray)
	if sl, ok := key.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, sl, len(ba.B))
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		drop := make(map[int]bool, n)
		for i, j := 0, start; i < n; i, j = i+1, j+step {
			drop[j] = true
		}
		out := ba.B[:0:0]
		for i, c := range ba.B {
			if !drop[i] {
				out = append(out, c)
			}
		}
		ba.B = out
		return nil
	}
	i, err := AsIndex(t, key)
	if err != nil {
		return err
	}
	if i < 0 {
		i += len(ba.B)
	}
	if i < 0 || i >= len(ba.B) {
		return Errorf(IndexError, "bytearray index out of range")
	}
	ba.B = append(ba.B[:i], ba.B[i+1:]...)
	return nil
}

// baSelf returns the receiver of a bytearray method.
func baSelf(args []Object, name string) (*ByteArray, error) {
	if len(args) > 0 {
		if ba, ok := args[0].(*ByteArray); ok {
			return ba, nil
		}
		return nil, Errorf(TypeError, "descriptor '%s' for 'bytearray' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
	}
	return nil, Errorf(TypeError, "unbound method bytearray.%s() needs an argument", name)
}

func bytearray_append(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "append")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("bytearray.append", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if !isIndexable(args[1]) {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[1]))
	}
	c, err := byteValue(t, args[1])
	if err != nil {
		return nil, Errorf(ValueError, "byte must be in range(0, 256)")
	}
	ba.B = append(ba.B, c)
	return None, nil
}

func bytearray_extend(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "extend")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("bytearray.extend", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	if _, isStr := args[1].(*Str); isStr {
		return nil, Errorf(TypeError, "expected iterable of integers; got: 'str'")
	}
	src, err := bytesOf(t, args[1])
	if err != nil {
		return nil, err
	}
	ba.B = append(ba.B, src...)
	return None, nil
}

func bytearray_pop(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "pop")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("pop", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(ba.B) == 0 {
		return nil, Errorf(IndexError, "pop from empty bytearray")
	}
	i := len(ba.B) - 1
	if len(args) > 1 {
		if i, err = AsIndex(t, args[1]); err != nil {
			return nil, err
		}
		if i < 0 {
			i += len(ba.B)
		}
		if i < 0 || i >= len(ba.B) {
			return nil, Errorf(IndexError, "pop index out of range")
		}
	}
	c := ba.B[i]
	ba.B = append(ba.B[:i], ba.B[i+1:]...)
	return MakeInt(int64(c)), nil
}

func bytearray_insert(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "insert")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	i, err := AsIndex(t, args[1])
	if err != nil {
		return nil, err
	}
	c, err := byteValue(t, args[2])
	if err != nil {
		return nil, err
	}
	n := len(ba.B)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	ba.B = append(ba.B, 0)
	copy(ba.B[i+1:], ba.B[i:])
	ba.B[i] = c
	return None, nil
}

func bytearray_remove(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "remove")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("bytearray.remove", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	c, err := byteValue(t, args[1])
	if err != nil {
		return nil, err
	}
	i := bytes.IndexByte(ba.B, c)
	if i < 0 {
		return nil, Errorf(ValueError, "value not found in bytearray")
	}
	ba.B = append(ba.B[:i], ba.B[i+1:]...)
	return None, nil
}

func bytearray_clear(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "clear")
	if err != nil {
		return nil, err
	}
	ba.B = ba.B[:0]
	return None, nil
}

func bytearray_copy(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "copy")
	if err != nil {
		return nil, err
	}
	return &ByteArray{B: append([]byte{}, ba.B...)}, nil
}

func bytearray_reverse(t *Thread, args []Object, kwnames []string) (Object, error) {
	ba, err := baSelf(args, "reverse")
	if err != nil {
		return nil, err
	}
	for i, j := 0, len(ba.B)-1; i < j; i, j = i+1, j-1 {
		ba.B[i], ba.B[j] = ba.B[j], ba.B[i]
	}
	return None, nil
}

// toByteArrays converts the bytes results of a shared bytes method to
// bytearrays (the methods of bytearray return bytearrays).
func toByteArrays(o Object) Object {
	switch v := o.(type) {
	case *Bytes:
		return &ByteArray{B: append([]byte{}, v.B...)}
	case *List:
		items := make([]Object, len(v.Items))
		for i, it := range v.Items {
			items[i] = toByteArrays(it)
		}
		return NewList(items)
	case *Tuple:
		items := make([]Object, len(v.Items))
		for i, it := range v.Items {
			items[i] = toByteArrays(it)
		}
		return NewTuple(items)
	}
	return o
}

func init() {
	builtinTypes = append(builtinTypes, ByteArrayType)
	ba := ByteArrayType
	ba.Doc = "bytearray(iterable_of_ints) -> bytearray"
	ba.New = bytearray_new
	ba.Init = bytearray_init
	ba.Repr = bytearray_repr
	ba.Bool = func(t *Thread, o Object) (bool, error) { return len(o.(*ByteArray).B) > 0, nil }
	ba.Len = func(t *Thread, o Object) (int, error) { return len(o.(*ByteArray).B), nil }
	ba.RichCompare = bytes_richcompare
	ba.BinaryOp = bytearray_binop
	ba.RBinaryOp = bytearray_rbinop
	ba.Contains = func(t *Thread, o, v Object) (bool, error) {
		return bytes_contains(t, &Bytes{B: o.(*ByteArray).B}, v)
	}
	ba.GetItem = bytearray_getitem
	ba.SetItem = bytearray_setitem
	ba.DelItem = bytearray_delitem
	ba.Iter = func(t *Thread, o Object) (Object, error) {
		return &BytesIterator{b: o.(*ByteArray).B}, nil
	}
	for _, m := range []struct {
		name string
		fn   BuiltinFunc
	}{
		{"append", bytearray_append}, {"extend", bytearray_extend}, {"pop", bytearray_pop},
		{"insert", bytearray_insert}, {"remove", bytearray_remove}, {"clear", bytearray_clear},
		{"copy", bytearray_copy}, {"reverse", bytearray_reverse},
	} {
		ba.AddMethod(m.name, m.fn)
	}
	// The read-only methods are shared with bytes; results become bytearrays.
	for _, name := range []string{"decode", "hex", "join", "find", "rfind", "index", "rindex", "count",
		"startswith", "endswith", "replace", "split", "strip", "lstrip", "rstrip", "upper", "lower",
		"swapcase", "isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower", "partition", "rpartition"} {
		v, _ := BytesType.Dict.GetStr(name)
		fn := v.(*Builtin).Fn
		ba.AddMethod(name, func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if _, err := baSelf(args, name); err != nil {
				return nil, err
			}
			r, err := fn(t, args, kwnames)
			if err != nil {
				return nil, err
			}
			return toByteArrays(r), nil
		})
	}
}
