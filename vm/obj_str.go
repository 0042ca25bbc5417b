package vm

// This file defines str: the Str type with its code-point indexing, its
// slots (repr, comparison, concatenation, repetition, %, containment,
// indexing, iteration) and the str methods, with CPython's semantics and
// error messages.
//
// A Str holds UTF-8 text. Python indexes str by code point: an ASCII string
// (the common case, detected once and cached) indexes its bytes directly;
// other strings decode their code points into a cached []rune on the first
// indexing operation.

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Str is a pyco str. S holds the text as UTF-8 and must not change; the
// other fields are caches filled lazily (a zero Str{S: s} is valid).
// The struct is kept at 32 bytes: the rarely needed parts live in ext.
type Str struct {
	S     string
	flags uint8   // strASCIIKnown, strASCII
	ext   *strExt // code point index and subclass data; or nil
}

// strExt holds the optional parts of a Str.
type strExt struct {
	runes []rune // code points of a non-ASCII S; or nil until needed
	class *Type  // the user subclass the str is an instance of; or nil
	attrs *Dict  // instance attributes of a subclass instance; or nil
}

// newStrSub returns an instance of the str subclass cls holding s.
func newStrSub(s string, cls *Type) *Str {
	return &Str{S: s, ext: &strExt{class: cls}}
}

// class returns the user subclass of s; or nil.
func (s *Str) class() *Type {
	if s.ext == nil {
		return nil
	}
	return s.ext.class
}

// The Str.flags bits.
const (
	strASCIIKnown = 1 << iota
	strASCII
)

// NewStr returns a pyco str holding s.
func NewStr(s string) *Str { return &Str{S: s} }

// Type returns str, or the subclass the str is an instance of.
func (s *Str) Type() *Type {
	if s.ext != nil && s.ext.class != nil {
		return s.ext.class
	}
	return StrType
}

// AttrDict returns the attribute dict of a subclass instance (creating it
// when create is true); or nil.
func (s *Str) AttrDict(create bool) *Dict {
	if s.class() == nil {
		return nil
	}
	if s.ext.attrs == nil && create {
		s.ext.attrs = NewDict()
	}
	return s.ext.attrs
}

// plain returns s as an exact str: s itself, or a copy for an instance of
// a subclass (str methods return exact strs, as in CPython).
func (s *Str) plain() *Str {
	if s.class() == nil {
		return s
	}
	return &Str{S: s.S, flags: s.flags}
}

// charStrs holds the one-character strs of U+0000..U+00FF, shared by
// indexing and iteration so they do not allocate.
var charStrs [256]*Str

// charStr returns the one-character str of r.
func charStr(r rune) *Str {
	if r >= 0 && r < 256 {
		return charStrs[r]
	}
	return &Str{S: string(r), flags: strASCIIKnown}
}

// emptyStr is the shared empty str.
var emptyStr = &Str{S: "", flags: strASCIIKnown | strASCII}

// isASCII reports (and caches) whether s holds only ASCII.
func (s *Str) isASCII() bool {
	if s.flags&strASCIIKnown == 0 {
		f := uint8(strASCIIKnown | strASCII)
		for i := 0; i < len(s.S); i++ {
			if s.S[i] >= utf8.RuneSelf {
				f = strASCIIKnown
				break
			}
		}
		s.flags = f
	}
	return s.flags&strASCII != 0
}

// codePoints returns (and caches) the code points of a non-ASCII s.
func (s *Str) codePoints() []rune {
	if s.ext == nil {
		s.ext = &strExt{}
	}
	if s.ext.runes == nil {
		s.ext.runes = []rune(s.S)
	}
	return s.ext.runes
}

// Len returns the length of s in code points.
func (s *Str) Len() int {
	if s.isASCII() {
		return len(s.S)
	}
	if s.ext != nil && s.ext.runes != nil {
		return len(s.ext.runes)
	}
	return utf8.RuneCountInString(s.S)
}

// runeAt returns the code point at index i (0 <= i < Len()).
func (s *Str) runeAt(i int) rune {
	if s.isASCII() {
		return rune(s.S[i])
	}
	return s.codePoints()[i]
}

// substr returns the code points [i, j) as a Go string.
func (s *Str) substr(i, j int) string {
	if s.isASCII() {
		return s.S[i:j]
	}
	return string(s.codePoints()[i:j])
}

// byteOffset converts a code point index (0 <= cp <= Len()) to a byte
// offset into S.
func (s *Str) byteOffset(cp int) int {
	if s.isASCII() {
		return cp
	}
	n := 0
	for i := range s.S {
		if n == cp {
			return i
		}
		n++
	}
	return len(s.S)
}

// cpIndex converts a byte offset into S to a code point index.
func (s *Str) cpIndex(b int) int {
	if s.isASCII() {
		return b
	}
	return utf8.RuneCountInString(s.S[:b])
}

// newStrASCII returns a str known to hold only ASCII.
func newStrASCII(s string) *Str {
	return &Str{S: s, flags: strASCIIKnown | strASCII}
}

// asStr returns o as a *Str when it is a str.
func asStr(o Object) (*Str, bool) {
	s, ok := o.(*Str)
	return s, ok
}

// --- repr ---

// isPrintable reports whether Python considers r printable (not in
// categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs except the ASCII space).
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7f
	}
	return unicode.IsPrint(r)
}

const hexDigits = "0123456789abcdef"

// strRepr returns repr(s) for a str's text, as CPython's unicode_repr.
func strRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c < 0x7f && c != quote && c != '\\' {
				i++
				continue
			}
			b.WriteString(s[start:i])
			switch c {
			case '\\':
				b.WriteString(`\\`)
			case '\t':
				b.WriteString(`\t`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			default:
				if c == quote {
					b.WriteByte('\\')
					b.WriteByte(c)
				} else {
					b.WriteString(`\x`)
					b.WriteByte(hexDigits[c>>4])
					b.WriteByte(hexDigits[c&15])
				}
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if isPrintable(r) && !(r == utf8.RuneError && size == 1) {
			i += size
			continue
		}
		b.WriteString(s[start:i])
		writeEscapedRune(&b, r)
		i += size
		start = i
	}
	b.WriteString(s[start:])
	b.WriteByte(quote)
	return b.String()
}

// writeEscapedRune writes \xHH, \uHHHH or \UHHHHHHHH.
func writeEscapedRune(b *strings.Builder, r rune) {
	switch {
	case r < 0x100:
		b.WriteString(`\x`)
		b.WriteByte(hexDigits[r>>4])
		b.WriteByte(hexDigits[r&15])
	case r < 0x10000:
		b.WriteString(`\u`)
		for shift := 12; shift >= 0; shift -= 4 {
			b.WriteByte(hexDigits[(r>>uint(shift))&15])
		}
	default:
		b.WriteString(`\U`)
		for shift := 28; shift >= 0; shift -= 4 {
			b.WriteByte(hexDigits[(r>>uint(shift))&15])
		}
	}
}

// ASCIIRepr returns ascii(o): repr(o) with every non-ASCII character
// escaped.
func ASCIIRepr(t *Thread, o Object) (string, error) {
	r, err := Repr(t, o)
	if err != nil {
		return "", err
	}
	return asciiEscape(r), nil
}

// asciiEscape escapes the non-ASCII characters of s.
func asciiEscape(s string) string {
	i := 0
	for i < len(s) && s[i] < utf8.RuneSelf {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for _, r := range s[i:] {
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			writeEscapedRune(&b, r)
		}
	}
	return b.String()
}

func str_repr(t *Thread, o Object) (Object, error) {
	s := o.(*Str)
	r := strRepr(s.S)
	if s.flags&strASCII != 0 {
		return newStrASCII(r), nil
	}
	return NewStr(r), nil
}

func str_str(t *Thread, o Object) (Object, error) { return o.(*Str).plain(), nil }

// --- slots ---

func str_hash(t *Thread, o Object) (int64, error) { return hashString(o.(*Str).S), nil }

func str_bool(t *Thread, o Object) (bool, error) { return o.(*Str).S != "", nil }

func str_len(t *Thread, o Object) (int, error) { return o.(*Str).Len(), nil }

func str_richcompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	x, ok1 := asStr(a)
	y, ok2 := asStr(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	switch op {
	case OpEq:
		return Bool(x.S == y.S), nil
	case OpNe:
		return Bool(x.S != y.S), nil
	}
	// UTF-8 byte order is code point order.
	return cmpResult(strings.Compare(x.S, y.S), op), nil
}

// strConcat returns a + b.
func strConcat(a, b *Str) *Str {
	if a.S == "" {
		return b.plain()
	}
	if b.S == "" {
		return a.plain()
	}
	r := &Str{S: a.S + b.S}
	if a.flags&b.flags&strASCII != 0 {
		r.flags = strASCIIKnown | strASCII
	}
	return r
}

// strRepeat returns s * n.
func strRepeat(t *Thread, s *Str, nObj Object) (Object, error) {
	n, err := AsIndex(t, nObj)
	if err != nil {
		return nil, err
	}
	if n <= 0 || s.S == "" {
		return emptyStr, nil
	}
	if n == 1 {
		return s.plain(), nil
	}
	if err := checkAllocRepeat(n, len(s.S), 1); err != nil {
		return nil, err
	}
	r := &Str{S: strings.Repeat(s.S, n)}
	if s.flags&strASCII != 0 {
		r.flags = strASCIIKnown | strASCII
	}
	return r, nil
}

// isIndexable reports whether o can serve as a repeat count.
func isIndexable(o Object) bool {
	return isIntLike(o) || o.Type().Index != nil
}

func str_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	x, ok := asStr(a)
	if !ok {
		return NotImplemented, nil
	}
	switch op {
	case nbAdd:
		if y, ok := asStr(b); ok {
			return strConcat(x, y), nil
		}
		return nil, Errorf(TypeError, "can only concatenate str (not \"%s\") to str", TypeName(b))
	case nbMult:
		if isIndexable(b) {
			return strRepeat(t, x, b)
		}
		if b.Type().RBinaryOp != nil {
			return NotImplemented, nil
		}
		return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
	case nbMod:
		return PercentFormat(t, x.S, b)
	}
	return NotImplemented, nil
}

func str_rbinop(t *Thread, a, b Object, op int) (Object, error) {
	y, ok := asStr(b)
	if !ok {
		return NotImplemented, nil
	}
	if op == nbMult {
		if isIndexable(a) {
			return strRepeat(t, y, a)
		}
		return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(a))
	}
	return NotImplemented, nil
}

func str_contains(t *Thread, o, v Object) (bool, error) {
	sub, ok := asStr(v)
	if !ok {
		return false, Errorf(TypeError, "'in <string>' requires string as left operand, not %s", TypeName(v))
	}
	return strings.Contains(o.(*Str).S, sub.S), nil
}

func str_getitem(t *Thread, o, key Object) (Object, error) {
	s := o.(*Str)
	if i, ok := key.(Int); ok {
		return s.item(int(i))
	}
	if sl, ok := key.(*Slice); ok {
		n := s.Len()
		start, stop, step, count, err := SliceIndices(t, sl, n)
		if err != nil {
			return nil, err
		}
		if count <= 0 {
			return emptyStr, nil
		}
		if step == 1 {
			if count == n {
				return s.plain(), nil
			}
			if s.isASCII() {
				return newStrASCII(s.S[start:stop]), nil
			}
			return NewStr(string(s.codePoints()[start:stop])), nil
		}
		if s.isASCII() {
			buf := make([]byte, count)
			for i, j := 0, start; i < count; i, j = i+1, j+step {
				buf[i] = s.S[j]
			}
			return newStrASCII(string(buf)), nil
		}
		cps := s.codePoints()
		buf := make([]rune, count)
		for i, j := 0, start; i < count; i, j = i+1, j+step {
			buf[i] = cps[j]
		}
		return NewStr(string(buf)), nil
	}
	if !isIndexable(key) {
		return nil, Errorf(TypeError, "string indices must be integers, not '%s'", TypeName(key))
	}
	i, err := AsIndex(t, key)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == OverflowError {
			return nil, Errorf(IndexError, "cannot fit 'int' into an index-sized integer")
		}
		return nil, err
	}
	return s.item(i)
}

// item returns s[i] with Python's negative indexing.
func (s *Str) item(i int) (Object, error) {
	if s.isASCII() {
		if i < 0 {
			i += len(s.S)
		}
		if i < 0 || i >= len(s.S) {
			return nil, Errorf(IndexError, "string index out of range")
		}
		return charStrs[s.S[i]], nil
	}
	cps := s.codePoints()
	if i < 0 {
		i += len(cps)
	}
	if i < 0 || i >= len(cps) {
		return nil, Errorf(IndexError, "string index out of range")
	}
	return charStr(cps[i]), nil
}

// --- iteration ---

// The str iterator types (CPython 3.11 names them by the string's kind).
var (
	StrIteratorType      = &Type{Name: "str_iterator", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	StrASCIIIteratorType = &Type{Name: "str_ascii_iterator", Module: "builtins", IsBuiltin: true, NoSubclass: true}
)

// A StrIterator yields the characters of a str as one-character strs.
type StrIterator struct {
	s *Str // or nil once exhausted
	i int  // byte offset of the next character
}

// Type returns str_ascii_iterator or str_iterator.
func (it *StrIterator) Type() *Type {
	if it.s != nil && it.s.flags&strASCII == 0 {
		return StrIteratorType
	}
	return StrASCIIIteratorType
}

// NextItem returns the next character, or nil when exhausted.
func (it *StrIterator) NextItem() Object {
	s := it.s
	if s == nil {
		return nil
	}
	if it.i >= len(s.S) {
		it.s = nil
		return nil
	}
	c := s.S[it.i]
	if c < utf8.RuneSelf {
		it.i++
		return charStrs[c]
	}
	r, size := utf8.DecodeRuneInString(s.S[it.i:])
	it.i += size
	return charStr(r)
}

func str_iter(t *Thread, o Object) (Object, error) {
	s := o.(*Str)
	s.isASCII()
	return &StrIterator{s: s}, nil
}

// --- argument helpers ---

// strSelf returns the receiver of a str method.
func strSelf(args []Object, name string) (*Str, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "unbound method str.%s() needs an argument", name)
	}
	s, ok := asStr(args[0])
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' for 'str' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
	}
	return s, nil
}

// strSelfNoArgs is strSelf for a method that takes no arguments.
func strSelfNoArgs(args []Object, kwnames []string, name string) (*Str, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	if len(args) != 1 || len(kwnames) > 0 {
		// Checked here so that "str."+name is built only for the error.
		return nil, scalarNoArgs("str."+name, args, kwnames)
	}
	return s, nil
}

// optIndex converts an optional start/end argument (None or absent means
// def) to an int, saturating out-of-range ints like CPython's slices.
func optIndex(t *Thread, o Object, def int) (int, error) {
	if o == nil || o == None {
		return def, nil
	}
	if b, ok := o.(*BigInt); ok {
		if b.V.Sign() < 0 {
			return -1 << 62, nil
		}
		return 1 << 62, nil
	}
	if !isIndexable(o) {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return AsIndex(t, o)
}

// adjustRange clips [start, end) code point bounds to a length as
// CPython's ADJUST_INDICES.
func adjustRange(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// strRangeArgs binds (sub, start, end) of find/count/index/startswith and
// returns the byte range of s to search; ok is false when start > len.
func strRangeArgs(t *Thread, s *Str, name string, args []Object, kwnames []string) (sub Object, lo, hi int, ok bool, err error) {
	if err = scalarPosArgs(name, args, kwnames, 1, 3); err != nil {
		return
	}
	sub = args[1]
	var start, end int
	n := s.Len()
	if len(args) > 2 {
		if start, err = optIndex(t, args[2], 0); err != nil {
			return
		}
	}
	end = n
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
		return sub, s.byteOffset(start), s.byteOffset(start), true, nil
	}
	if s.isASCII() {
		return sub, start, end, true, nil
	}
	return sub, s.byteOffset(start), s.byteOffset(end), true, nil
}

// strArg requires a str argument ("must be str, not int").
func strArg(o Object, format string) (*Str, error) {
	s, ok := asStr(o)
	if !ok {
		return nil, Errorf(TypeError, format, TypeName(o))
	}
	return s, nil
}

// encodingArgs returns the optional encoding and errors arguments of
// fname() (nil when absent) as strings, "utf-8" and "strict" by default.
func encodingArgs(fname string, enc, errs Object) (encoding, errors string, err error) {
	encoding, errors = "utf-8", "strict"
	if enc != nil {
		s, ok := asStr(enc)
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'encoding' must be str, not %s", fname, TypeName(enc))
		}
		encoding = s.S
	}
	if errs != nil {
		s, ok := asStr(errs)
		if !ok {
			return "", "", Errorf(TypeError, "%s() argument 'errors' must be str, not %s", fname, TypeName(errs))
		}
		errors = s.S
	}
	return encoding, errors, nil
}

// --- methods: searching ---

// strFind implements find/rfind/index/rindex.
func strFind(t *Thread, args []Object, kwnames []string, name string, reverse, raise bool) (Object, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	subObj, lo, hi, ok, err := strRangeArgs(t, s, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := strArg(subObj, "must be str, not %s")
	if err != nil {
		return nil, err
	}
	pos := -1
	if ok && hi-lo >= len(sub.S) {
		if reverse {
			pos = strings.LastIndex(s.S[lo:hi], sub.S)
		} else {
			pos = strings.Index(s.S[lo:hi], sub.S)
		}
		if pos >= 0 {
			pos = s.cpIndex(lo + pos)
		}
	}
	if pos < 0 && raise {
		return nil, Errorf(ValueError, "substring not found")
	}
	return MakeInt(int64(pos)), nil
}

func str_find(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strFind(t, args, kwnames, "find", false, false)
}

func str_rfind(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strFind(t, args, kwnames, "rfind", true, false)
}

func str_index(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strFind(t, args, kwnames, "index", false, true)
}

func str_rindex(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strFind(t, args, kwnames, "rindex", true, true)
}

func str_count(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "count")
	if err != nil {
		return nil, err
	}
	subObj, lo, hi, ok, err := strRangeArgs(t, s, "count", args, kwnames)
	if err != nil {
		return nil, err
	}
	sub, err := strArg(subObj, "must be str, not %s")
	if err != nil {
		return nil, err
	}
	if !ok {
		return MakeInt(0), nil
	}
	part := s.S[lo:hi]
	if sub.S == "" {
		return MakeInt(int64(utf8.RuneCountInString(part) + 1)), nil
	}
	return MakeInt(int64(strings.Count(part, sub.S))), nil
}

// strAffix implements startswith and endswith.
func strAffix(t *Thread, args []Object, kwnames []string, name string, end bool) (Object, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	subObj, lo, hi, ok, err := strRangeArgs(t, s, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	part := s.S[lo:hi]
	test := func(o Object) (bool, error) {
		x, isStr := asStr(o)
		if !isStr {
			return false, Errorf(TypeError, "tuple for %s must only contain str, not %s", name, TypeName(o))
		}
		if !ok {
			return false, nil
		}
		if end {
			return strings.HasSuffix(part, x.S), nil
		}
		return strings.HasPrefix(part, x.S), nil
	}
	switch v := subObj.(type) {
	case *Str:
		r, err := test(v)
		return Bool(r), err
	case *Tuple:
		for _, item := range v.Items {
			r, err := test(item)
			if err != nil || r {
				return Bool(r), err
			}
		}
		return False, nil
	}
	return nil, Errorf(TypeError, "%s first arg must be str or a tuple of str, not %s", name, TypeName(subObj))
}

func str_startswith(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAffix(t, args, kwnames, "startswith", false)
}

func str_endswith(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAffix(t, args, kwnames, "endswith", true)
}

// --- methods: building ---

func str_join(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "join")
	if err != nil {
		return nil, err
	}
	if len(kwnames) > 0 || len(args) != 2 {
		return nil, Errorf(TypeError, "str.join() takes exactly one argument (%d given)", len(args)-1)
	}
	var items []Object
	switch v := args[1].(type) {
	case *List:
		items = v.Items
	case *Tuple:
		items = v.Items
	default:
		if v.Type().Iter == nil {
			return nil, Errorf(TypeError, "can only join an iterable")
		}
		err := Iterate(t, v, func(item Object) (bool, error) {
			items = append(items, item)
			return true, nil
		})
		if err != nil {
			return nil, err
		}
	}
	switch len(items) {
	case 0:
		return emptyStr, nil
	case 1:
		if x, ok := items[0].(*Str); ok {
			return x.plain(), nil
		}
	}
	size := len(s.S) * (len(items) - 1)
	ascii := s.isASCII()
	for i, item := range items {
		x, ok := asStr(item)
		if !ok {
			return nil, Errorf(TypeError, "sequence item %d: expected str instance, %s found", i, TypeName(item))
		}
		size += len(x.S)
		ascii = ascii && x.flags&strASCII != 0
	}
	var b strings.Builder
	b.Grow(size)
	for i, item := range items {
		if i > 0 {
			b.WriteString(s.S)
		}
		b.WriteString(item.(*Str).S)
	}
	r := &Str{S: b.String()}
	if ascii {
		r.flags = strASCIIKnown | strASCII
	}
	return r, nil
}

func str_replace(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "replace")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("replace", args, kwnames, 2, 3); err != nil {
		return nil, err
	}
	old, err := strArg(args[1], "replace() argument 1 must be str, not %s")
	if err != nil {
		return nil, err
	}
	repl, err := strArg(args[2], "replace() argument 2 must be str, not %s")
	if err != nil {
		return nil, err
	}
	count := -1
	if len(args) > 3 {
		if count, err = AsIndex(t, args[3]); err != nil {
			return nil, err
		}
	}
	if count == 0 || (old.S != "" && !strings.Contains(s.S, old.S)) {
		return s.plain(), nil
	}
	return NewStr(strings.Replace(s.S, old.S, repl.S, count)), nil
}

// strSplitArgs binds split's (sep=None, maxsplit=-1).
func strSplitArgs(t *Thread, name string, args []Object, kwnames []string) (sep *Str, maxsplit int, err error) {
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
		var ok bool
		if sep, ok = asStr(p[0]); !ok {
			err = Errorf(TypeError, "must be str or None, not %s", TypeName(p[0]))
			return
		}
		if sep.S == "" {
			err = Errorf(ValueError, "empty separator")
		}
	}
	return
}

// strList wraps Go strings as a list of strs.
func strList(parts []string, ascii bool) *List {
	items := make([]Object, len(parts))
	for i, p := range parts {
		if ascii {
			if len(p) == 1 {
				items[i] = charStrs[p[0]]
			} else {
				items[i] = newStrASCII(p)
			}
		} else {
			items[i] = NewStr(p)
		}
	}
	return NewList(items)
}

// splitWhitespace splits s on runs of whitespace, at most maxsplit times
// (maxsplit < 0: no limit).
func splitWhitespace(s string, maxsplit int) []string {
	var parts []string
	i, n := 0, len(s)
	for {
		// Skip whitespace.
		for i < n {
			r, size := rune(s[i]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[i:])
			}
			if !isPySpace(r) {
				break
			}
			i += size
		}
		if i >= n {
			return parts
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			return append(parts, s[i:])
		}
		j := i
		for j < n {
			r, size := rune(s[j]), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(s[j:])
			}
			if isPySpace(r) {
				break
			}
			j += size
		}
		parts = append(parts, s[i:j])
		i = j
	}
}

// rsplitWhitespace is splitWhitespace from the right.
func rsplitWhitespace(s string, maxsplit int) []string {
	var parts []string
	j := len(s)
	for {
		for j > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:j])
			if !isPySpace(r) {
				break
			}
			j -= size
		}
		if j <= 0 {
			break
		}
		if maxsplit >= 0 && len(parts) == maxsplit {
			parts = append(parts, s[:j])
			break
		}
		i := j
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:i])
			if isPySpace(r) {
				break
			}
			i -= size
		}
		parts = append(parts, s[i:j])
		j = i
	}
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

// rsplitSep splits s on sep from the right, at most maxsplit times.
func rsplitSep(s, sep string, maxsplit int) []string {
	var parts []string
	for maxsplit < 0 || len(parts) < maxsplit {
		k := strings.LastIndex(s, sep)
		if k < 0 {
			break
		}
		parts = append(parts, s[k+len(sep):])
		s = s[:k]
	}
	parts = append(parts, s)
	for a, b := 0, len(parts)-1; a < b; a, b = a+1, b-1 {
		parts[a], parts[b] = parts[b], parts[a]
	}
	return parts
}

func str_split(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "split")
	if err != nil {
		return nil, err
	}
	sep, maxsplit, err := strSplitArgs(t, "split", args, kwnames)
	if err != nil {
		return nil, err
	}
	ascii := s.isASCII()
	if sep == nil {
		return strList(splitWhitespace(s.S, maxsplit), ascii), nil
	}
	n := maxsplit + 1
	if maxsplit < 0 {
		n = -1
	}
	return strList(strings.SplitN(s.S, sep.S, n), ascii), nil
}

func str_rsplit(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "rsplit")
	if err != nil {
		return nil, err
	}
	sep, maxsplit, err := strSplitArgs(t, "rsplit", args, kwnames)
	if err != nil {
		return nil, err
	}
	ascii := s.isASCII()
	if sep == nil {
		return strList(rsplitWhitespace(s.S, maxsplit), ascii), nil
	}
	return strList(rsplitSep(s.S, sep.S, maxsplit), ascii), nil
}

// isLineBreak reports whether r ends a line for str.splitlines.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func str_splitlines(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "splitlines")
	if err != nil {
		return nil, err
	}
	var p [1]Object
	if err := scalarArgs("splitlines", args[1:], kwnames, []string{"keepends"}, 0, p[:]); err != nil {
		return nil, err
	}
	keep := false
	if p[0] != nil {
		if keep, err = Truthy(t, p[0]); err != nil {
			return nil, err
		}
	}
	var parts []string
	text := s.S
	start := 0
	for i := 0; i < len(text); {
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if !isLineBreak(r) {
			i += size
			continue
		}
		eol := i + size
		if r == '\r' && eol < len(text) && text[eol] == '\n' {
			eol++
		}
		if keep {
			parts = append(parts, text[start:eol])
		} else {
			parts = append(parts, text[start:i])
		}
		start, i = eol, eol
	}
	if start < len(text) {
		parts = append(parts, text[start:])
	}
	return strList(parts, s.isASCII()), nil
}

// strStripArgs returns the predicate of the characters to strip.
func strStripArgs(name string, args []Object, kwnames []string) (func(rune) bool, error) {
	if err := scalarPosArgs(name, args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) < 2 || args[1] == None {
		return isPySpace, nil
	}
	chars, ok := asStr(args[1])
	if !ok {
		return nil, Errorf(TypeError, "%s arg must be None or str", name)
	}
	set := chars.S
	return func(r rune) bool { return strings.ContainsRune(set, r) }, nil
}

// strStrip implements strip, lstrip and rstrip.
func strStrip(args []Object, kwnames []string, name string, left, right bool) (Object, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	pred, err := strStripArgs(name, args, kwnames)
	if err != nil {
		return nil, err
	}
	r := s.S
	if left {
		r = strings.TrimLeftFunc(r, pred)
	}
	if right {
		r = strings.TrimRightFunc(r, pred)
	}
	if len(r) == len(s.S) {
		return s.plain(), nil
	}
	return &Str{S: r, flags: s.flags & (strASCIIKnown | strASCII)}, nil
}

func str_strip(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strStrip(args, kwnames, "strip", true, true)
}

func str_lstrip(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strStrip(args, kwnames, "lstrip", true, false)
}

func str_rstrip(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strStrip(args, kwnames, "rstrip", false, true)
}

// strPartition implements partition and rpartition.
func strPartition(args []Object, kwnames []string, name string, reverse bool) (Object, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs(name, args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	sep, err := strArg(args[1], "must be str, not %s")
	if err != nil {
		return nil, err
	}
	if sep.S == "" {
		return nil, Errorf(ValueError, "empty separator")
	}
	var k int
	if reverse {
		k = strings.LastIndex(s.S, sep.S)
	} else {
		k = strings.Index(s.S, sep.S)
	}
	if k < 0 {
		if reverse {
			return NewTuple([]Object{emptyStr, emptyStr, s.plain()}), nil
		}
		return NewTuple([]Object{s.plain(), emptyStr, emptyStr}), nil
	}
	return NewTuple([]Object{NewStr(s.S[:k]), sep.plain(), NewStr(s.S[k+len(sep.S):])}), nil
}

func str_partition(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strPartition(args, kwnames, "partition", false)
}

func str_rpartition(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strPartition(args, kwnames, "rpartition", true)
}

// strPadArgs binds (width, fillchar=' ') of center/ljust/rjust.
func strPadArgs(t *Thread, name string, args []Object, kwnames []string) (width int, fill string, err error) {
	if err = scalarPosArgs(name, args, kwnames, 1, 2); err != nil {
		return
	}
	if width, err = AsIndex(t, args[1]); err != nil {
		return
	}
	fill = " "
	if len(args) > 2 {
		f, ok := asStr(args[2])
		if !ok {
			err = Errorf(TypeError, "The fill character must be a unicode character, not %s", TypeName(args[2]))
			return
		}
		if utf8.RuneCountInString(f.S) != 1 {
			err = Errorf(TypeError, "The fill character must be exactly one character long")
			return
		}
		fill = f.S
	}
	return
}

// strPad implements center, ljust and rjust.
func strPad(t *Thread, args []Object, kwnames []string, name string) (Object, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	width, fill, err := strPadArgs(t, name, args, kwnames)
	if err != nil {
		return nil, err
	}
	n := s.Len()
	if width <= n {
		return s.plain(), nil
	}
	marg := width - n
	if err := checkAllocRepeat(marg, len(fill), 1); err != nil {
		return nil, err
	}
	var left int
	switch name {
	case "center":
		left = marg/2 + (marg & width & 1)
	case "rjust":
		left = marg
	}
	var b strings.Builder
	b.Grow(len(s.S) + marg*len(fill))
	writeRepeat(&b, fill, left)
	b.WriteString(s.S)
	writeRepeat(&b, fill, marg-left)
	return NewStr(b.String()), nil
}

func str_center(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strPad(t, args, kwnames, "center")
}

func str_ljust(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strPad(t, args, kwnames, "ljust")
}

func str_rjust(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strPad(t, args, kwnames, "rjust")
}

func str_zfill(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "zfill")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("zfill", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	width, err := AsIndex(t, args[1])
	if err != nil {
		return nil, err
	}
	n := s.Len()
	if width <= n {
		return s.plain(), nil
	}
	if err := checkAlloc(width, 1); err != nil {
		return nil, err
	}
	fill := strings.Repeat("0", width-n)
	if s.S != "" && (s.S[0] == '+' || s.S[0] == '-') {
		return NewStr(s.S[:1] + fill + s.S[1:]), nil
	}
	return NewStr(fill + s.S), nil
}

func str_expandtabs(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "expandtabs")
	if err != nil {
		return nil, err
	}
	var p [1]Object
	if err := scalarArgs("expandtabs", args[1:], kwnames, []string{"tabsize"}, 0, p[:]); err != nil {
		return nil, err
	}
	tab := 8
	if p[0] != nil {
		if tab, err = AsIndex(t, p[0]); err != nil {
			return nil, err
		}
	}
	if !strings.Contains(s.S, "\t") {
		return s.plain(), nil
	}
	var b strings.Builder
	col := 0
	for _, r := range s.S {
		switch r {
		case '\t':
			if tab > 0 {
				n := tab - col%tab
				writeRepeat(&b, " ", n)
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return NewStr(b.String()), nil
}

func str_removeprefix(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "removeprefix")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("removeprefix", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	p, err := strArg(args[1], "removeprefix() argument must be str, not %s")
	if err != nil {
		return nil, err
	}
	if p.S != "" && strings.HasPrefix(s.S, p.S) {
		return NewStr(s.S[len(p.S):]), nil
	}
	return s.plain(), nil
}

func str_removesuffix(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "removesuffix")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("removesuffix", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	p, err := strArg(args[1], "removesuffix() argument must be str, not %s")
	if err != nil {
		return nil, err
	}
	if p.S != "" && strings.HasSuffix(s.S, p.S) {
		return NewStr(s.S[:len(s.S)-len(p.S)]), nil
	}
	return s.plain(), nil
}

// --- methods: case ---

// specialUpper holds the full (multi-character) uppercase mappings of
// Unicode's SpecialCasing.txt that str.upper uses.
var specialUpper = map[rune]string{
	'ß': "SS", 'ŉ': "ʼN", 'ǰ': "J̌", 'ΐ': "Ϊ́", 'ΰ': "Ϋ́", 'և': "ԵՒ",
	'ẖ': "H̱", 'ẗ': "T̈", 'ẘ': "W̊", 'ẙ': "Y̊", 'ẚ': "Aʾ",
	'ﬀ': "FF", 'ﬁ': "FI", 'ﬂ': "FL", 'ﬃ': "FFI", 'ﬄ': "FFL", 'ﬅ': "ST", 'ﬆ': "ST",
	'ﬓ': "ՄՆ", 'ﬔ': "ՄԵ", 'ﬕ': "ՄԻ", 'ﬖ': "ՎՆ", 'ﬗ': "ՄԽ",
}

// specialTitle holds the full titlecase mappings that differ from upper.
var specialTitle = map[rune]string{
	'ß': "Ss", 'ﬀ': "Ff", 'ﬁ': "Fi", 'ﬂ': "Fl", 'ﬃ': "Ffi", 'ﬄ': "Ffl", 'ﬅ': "St", 'ﬆ': "St",
	'և': "Եւ", 'ŉ': "ʼN",
}

// specialFold holds the case foldings that differ from lower().
var specialFold = map[rune]string{
	'ß': "ss", 'ẞ': "ss", 'ς': "σ", 'ϐ': "β", 'ϑ': "θ", 'ϕ': "φ", 'ϖ': "π", 'ϰ': "κ",
	'ϱ': "ρ", 'ϵ': "ε", 'ſ': "s", 'µ': "μ", 'ﬀ': "ff", 'ﬁ': "fi", 'ﬂ': "fl", 'ﬃ': "ffi",
	'ﬄ': "ffl", 'ﬅ': "st", 'ﬆ': "st", 'ŉ': "ʼn", 'ǰ': "ǰ", 'ẛ': "ṡ",
}

// writeUpper appends the full uppercase mapping of r.
func writeUpper(b *strings.Builder, r rune) {
	if s, ok := specialUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToUpper(r))
}

// writeLower appends the full lowercase mapping of r.
func writeLower(b *strings.Builder, r rune) {
	if r == 'İ' {
		b.WriteString("i̇")
		return
	}
	b.WriteRune(unicode.ToLower(r))
}

// writeTitle appends the full titlecase mapping of r.
func writeTitle(b *strings.Builder, r rune) {
	if s, ok := specialTitle[r]; ok {
		b.WriteString(s)
		return
	}
	if s, ok := specialUpper[r]; ok {
		b.WriteString(s)
		return
	}
	b.WriteRune(unicode.ToTitle(r))
}

// isUpperRune reports Unicode's Uppercase property (Lu and Other_Uppercase).
func isUpperRune(r rune) bool {
	return unicode.IsUpper(r) || (r >= 0x2160 && unicode.Is(unicode.Other_Uppercase, r))
}

// isLowerRune reports Unicode's Lowercase property (Ll and Other_Lowercase).
func isLowerRune(r rune) bool {
	return unicode.IsLower(r) || (r >= 0xaa && unicode.Is(unicode.Other_Lowercase, r))
}

// isCased reports whether r has case (Uppercase, Lowercase or Lt).
func isCased(r rune) bool {
	return isUpperRune(r) || isLowerRune(r) || unicode.IsTitle(r)
}

// asciiCase maps an ASCII string with a byte function.
// It returns nil when no byte changes.
func asciiCase(s string, f func(c byte) byte) *Str {
	i := 0
	for i < len(s) && f(s[i]) == s[i] {
		i++
	}
	if i == len(s) {
		return nil
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		b.WriteByte(f(s[i]))
	}
	return newStrASCII(b.String())
}

func toUpperASCII(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

func toLowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}

// finalSigma reports whether the capital sigma at rune index i of rs
// lowercases to the final form ς: preceded by a cased letter and not
// followed by one (ignoring case-ignorable characters crudely).
func finalSigma(rs []rune, i int) bool {
	before := false
	for j := i - 1; j >= 0; j-- {
		if isCased(rs[j]) {
			before = true
			break
		}
		if !unicode.Is(unicode.Mn, rs[j]) && rs[j] != '\'' && rs[j] != '.' {
			break
		}
	}
	if !before {
		return false
	}
	for j := i + 1; j < len(rs); j++ {
		if isCased(rs[j]) {
			return false
		}
		if !unicode.Is(unicode.Mn, rs[j]) && rs[j] != '\'' && rs[j] != '.' {
			break
		}
	}
	return true
}

func str_upper(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "upper")
	if err != nil {
		return nil, err
	}
	if s.isASCII() {
		if r := asciiCase(s.S, toUpperASCII); r != nil {
			return r, nil
		}
		return s.plain(), nil
	}
	var b strings.Builder
	b.Grow(len(s.S))
	for _, r := range s.S {
		writeUpper(&b, r)
	}
	return NewStr(b.String()), nil
}

// lowerString is str.lower on a Go string.
func lowerString(s *Str) string {
	var b strings.Builder
	b.Grow(len(s.S))
	rs := s.codePoints()
	for i, r := range rs {
		if r == 'Σ' && finalSigma(rs, i) {
			b.WriteRune('ς')
			continue
		}
		writeLower(&b, r)
	}
	return b.String()
}

func str_lower(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "lower")
	if err != nil {
		return nil, err
	}
	if s.isASCII() {
		if r := asciiCase(s.S, toLowerASCII); r != nil {
			return r, nil
		}
		return s.plain(), nil
	}
	return NewStr(lowerString(s)), nil
}

func str_casefold(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "casefold")
	if err != nil {
		return nil, err
	}
	if s.isASCII() {
		if r := asciiCase(s.S, toLowerASCII); r != nil {
			return r, nil
		}
		return s.plain(), nil
	}
	var b strings.Builder
	for _, r := range s.S {
		if f, ok := specialFold[r]; ok {
			b.WriteString(f)
		} else {
			writeLower(&b, r)
		}
	}
	return NewStr(b.String()), nil
}

func str_swapcase(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "swapcase")
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(len(s.S))
	rs := s.codePoints()
	for i, r := range rs {
		switch {
		case unicode.IsUpper(r):
			if r == 'Σ' && finalSigma(rs, i) {
				b.WriteRune('ς')
			} else {
				writeLower(&b, r)
			}
		case unicode.IsLower(r):
			writeUpper(&b, r)
		default:
			b.WriteRune(r)
		}
	}
	return NewStr(b.String()), nil
}

func str_title(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "title")
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(len(s.S))
	prevCased := false
	for _, r := range s.S {
		if prevCased {
			writeLower(&b, r)
		} else {
			writeTitle(&b, r)
		}
		prevCased = isCased(r)
	}
	return NewStr(b.String()), nil
}

func str_capitalize(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "capitalize")
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.Grow(len(s.S))
	for i, r := range s.S {
		if i == 0 {
			writeTitle(&b, r)
		} else {
			writeLower(&b, r)
		}
	}
	return NewStr(b.String()), nil
}

// --- methods: predicates ---

// otherDigits holds the characters with Numeric_Type=Digit that are not
// decimal (Nd): superscripts, subscripts, circled digits, ...
var otherDigits = &unicode.RangeTable{
	R16: []unicode.Range16{
		{0x00b2, 0x00b3, 1}, {0x00b9, 0x00b9, 1}, {0x1369, 0x1371, 1}, {0x19da, 0x19da, 1},
		{0x2070, 0x2070, 1}, {0x2074, 0x2079, 1}, {0x2080, 0x2089, 1}, {0x2460, 0x2468, 1},
		{0x2474, 0x247c, 1}, {0x2488, 0x2490, 1}, {0x24ea, 0x24ea, 1}, {0x24f5, 0x24fd, 1},
		{0x24ff, 0x24ff, 1}, {0x2776, 0x277e, 1}, {0x2780, 0x2788, 1}, {0x278a, 0x2792, 1},
	},
	R32: []unicode.Range32{
		{0x10a40, 0x10a43, 1}, {0x10e60, 0x10e68, 1}, {0x1f100, 0x1f10a, 1},
	},
}

// cjkNumeric holds the CJK ideographs that have a numeric value (they
// are Lo, yet str.isnumeric accepts them).
const cjkNumeric = "〇一二三四五六七八九十百千万亿兆零壹贰叁肆伍陆柒捌玖拾佰仟萬億貳參陸廿卅卌兩"

func isDecimalRune(r rune) bool { return unicode.Is(unicode.Nd, r) }

func isDigitRune(r rune) bool { return isDecimalRune(r) || unicode.Is(otherDigits, r) }

func isNumericRune(r rune) bool {
	return unicode.IsNumber(r) || (r >= 0x3007 && strings.ContainsRune(cjkNumeric, r))
}

func isAlphaRune(r rune) bool { return unicode.IsLetter(r) }

func isAlnumRune(r rune) bool { return isAlphaRune(r) || isNumericRune(r) }

// strAll implements the predicates true when s is non-empty and every code
// point satisfies pred.
func strAll(args []Object, kwnames []string, name string, pred func(rune) bool) (Object, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	if err := scalarNoArgs("str."+name, args, kwnames); err != nil {
		return nil, err
	}
	if s.S == "" {
		return False, nil
	}
	for _, r := range s.S {
		if !pred(r) {
			return False, nil
		}
	}
	return True, nil
}

func str_isdigit(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAll(args, kwnames, "isdigit", isDigitRune)
}

func str_isdecimal(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAll(args, kwnames, "isdecimal", isDecimalRune)
}

func str_isnumeric(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAll(args, kwnames, "isnumeric", isNumericRune)
}

func str_isalpha(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAll(args, kwnames, "isalpha", isAlphaRune)
}

func str_isalnum(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAll(args, kwnames, "isalnum", isAlnumRune)
}

func str_isspace(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strAll(args, kwnames, "isspace", isPySpace)
}

func str_isascii(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "isascii")
	if err != nil {
		return nil, err
	}
	return Bool(s.isASCII()), nil
}

func str_isprintable(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "isprintable")
	if err != nil {
		return nil, err
	}
	for _, r := range s.S {
		if !isPrintable(r) {
			return False, nil
		}
	}
	return True, nil
}

// strCaseCheck implements isupper (upper=true) and islower.
func strCaseCheck(args []Object, kwnames []string, name string, upper bool) (Object, error) {
	s, err := strSelf(args, name)
	if err != nil {
		return nil, err
	}
	if err := scalarNoArgs("str."+name, args, kwnames); err != nil {
		return nil, err
	}
	cased := false
	for _, r := range s.S {
		if upper {
			if isLowerRune(r) || unicode.IsTitle(r) {
				return False, nil
			}
			if isUpperRune(r) {
				cased = true
			}
		} else {
			if isUpperRune(r) || unicode.IsTitle(r) {
				return False, nil
			}
			if isLowerRune(r) {
				cased = true
			}
		}
	}
	return Bool(cased), nil
}

func str_isupper(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strCaseCheck(args, kwnames, "isupper", true)
}

func str_islower(t *Thread, args []Object, kwnames []string) (Object, error) {
	return strCaseCheck(args, kwnames, "islower", false)
}

func str_istitle(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "istitle")
	if err != nil {
		return nil, err
	}
	cased, prevCased := false, false
	for _, r := range s.S {
		switch {
		case isUpperRune(r) || unicode.IsTitle(r):
			if prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return False, nil
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return Bool(cased), nil
}

// isIdentifier reports whether s is a valid Python identifier.
func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) {
			continue
		}
		if i > 0 && (unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)) {
			continue
		}
		return false
	}
	return true
}

func str_isidentifier(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelfNoArgs(args, kwnames, "isidentifier")
	if err != nil {
		return nil, err
	}
	return Bool(isIdentifier(s.S)), nil
}

// --- methods: encoding, translation, formatting ---

func str_encode(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "encode")
	if err != nil {
		return nil, err
	}
	var p [2]Object
	if err := scalarArgs("encode", args[1:], kwnames, []string{"encoding", "errors"}, 0, p[:]); err != nil {
		return nil, err
	}
	encoding, errors, err := encodingArgs("encode", p[0], p[1])
	if err != nil {
		return nil, err
	}
	b, err := encodeString(s.S, encoding, errors)
	if err != nil {
		return nil, err
	}
	return &Bytes{B: b}, nil
}

func str_translate(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "translate")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("translate", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	table := args[1]
	var b strings.Builder
	b.Grow(len(s.S))
	for _, r := range s.S {
		v, err := GetItem(t, table, MakeInt(int64(r)))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.Class == KeyError || e.Class == IndexError || e.Class.Name == "LookupError") {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case *NoneType:
		case *Str:
			b.WriteString(x.S)
		case Int:
			if x < 0 || x > utf8.MaxRune {
				return nil, Errorf(ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(x))
		default:
			return nil, Errorf(TypeError, "character mapping must return integer, None or str")
		}
	}
	return NewStr(b.String()), nil
}

// str_maketrans implements the static method str.maketrans(x[, y[, z]]).
func str_maketrans(t *Thread, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "maketrans() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeError, "maketrans expected at most 3 arguments, got %d", len(args))
	}
	d := NewDict()
	if len(args) == 1 {
		m, ok := args[0].(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		var ferr error
		m.Items(func(k, v Object) bool {
			switch key := k.(type) {
			case *Str:
				if key.Len() != 1 {
					ferr = Errorf(ValueError, "string keys in translate table must be of length 1")
					return false
				}
				ferr = d.Set(t, MakeInt(int64(key.runeAt(0))), v)
			case Int:
				ferr = d.Set(t, key, v)
			default:
				ferr = Errorf(TypeError, "keys in translate table must be strings or integers")
			}
			return ferr == nil
		})
		if ferr != nil {
			return nil, ferr
		}
		return d, nil
	}
	x, err := strArg(args[0], "maketrans() argument 1 must be str, not %s")
	if err != nil {
		return nil, err
	}
	y, err := strArg(args[1], "maketrans() argument 2 must be str, not %s")
	if err != nil {
		return nil, err
	}
	xr, yr := []rune(x.S), []rune(y.S)
	if len(xr) != len(yr) {
		return nil, Errorf(ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xr {
		if err := d.Set(t, MakeInt(int64(xr[i])), MakeInt(int64(yr[i]))); err != nil {
			return nil, err
		}
	}
	if len(args) == 3 {
		z, err := strArg(args[2], "maketrans() argument 3 must be str, not %s")
		if err != nil {
			return nil, err
		}
		for _, r := range z.S {
			if err := d.Set(t, MakeInt(int64(r)), None); err != nil {
				return nil, err
			}
		}
	}
	return d, nil
}

func str_format(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "format")
	if err != nil {
		return nil, err
	}
	npos := len(args) - len(kwnames)
	r, err := StrFormat(t, s.S, args[1:npos], kwnames, args[npos:], nil)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func str_format_map(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "format_map")
	if err != nil {
		return nil, err
	}
	if err := scalarPosArgs("format_map", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	r, err := StrFormat(t, s.S, nil, nil, nil, args[1])
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func str_dunder_format(t *Thread, args []Object, kwnames []string) (Object, error) {
	spec, err := formatSpecArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	return formatBuiltin(t, args[0], spec)
}

func str_getnewargs(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := strSelf(args, "__getnewargs__")
	if err != nil {
		return nil, err
	}
	return NewTuple([]Object{NewStr(s.S)}), nil
}

// --- constructor ---

// str_new implements str(object) and str(object, encoding, errors).
func str_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	var p [3]Object
	if err := scalarArgs("str", args, kwnames, []string{"object", "encoding", "errors"}, 0, p[:]); err != nil {
		return nil, err
	}
	if cls != StrType && cls != nil {
		r, err := str_new(t, StrType, args, kwnames)
		if err != nil {
			return nil, err
		}
		return newStrSub(r.(*Str).S, cls), nil
	}
	if p[0] == nil {
		if p[1] == nil && p[2] == nil {
			return emptyStr, nil
		}
		p[0] = &Bytes{}
	}
	if p[1] == nil && p[2] == nil {
		r, err := StrObj(t, p[0])
		if err != nil {
			return nil, err
		}
		return r.plain(), nil
	}
	encoding, errors, err := encodingArgs("str", p[1], p[2])
	if err != nil {
		return nil, err
	}
	var data []byte
	switch v := p[0].(type) {
	case *Bytes:
		data = v.B
	case *Str:
		return nil, Errorf(TypeError, "decoding str is not supported")
	default:
		return nil, Errorf(TypeError, "decoding to str: need a bytes-like object, %s found", TypeName(p[0]))
	}
	r, err := decodeBytes(data, encoding, errors)
	if err != nil {
		return nil, err
	}
	return NewStr(r), nil
}

func init() {
	for i := range charStrs {
		charStrs[i] = &Str{S: string(rune(i)), flags: strASCIIKnown}
		if i < utf8.RuneSelf {
			charStrs[i].flags |= strASCII
		}
	}
	builtinTypes = append(builtinTypes, StrIteratorType, StrASCIIIteratorType)
	for _, typ := range []*Type{StrIteratorType, StrASCIIIteratorType} {
		typ.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
		typ.Next = func(t *Thread, o Object) (Object, error) {
			return o.(*StrIterator).NextItem(), nil
		}
	}

	s := StrType
	s.Doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str"
	s.New = str_new
	s.Repr = str_repr
	s.Str = str_str
	s.Hash = str_hash
	s.Bool = str_bool
	s.Len = str_len
	s.RichCompare = str_richcompare
	s.BinaryOp = str_binop
	s.RBinaryOp = str_rbinop
	s.Contains = str_contains
	s.GetItem = str_getitem
	s.Iter = str_iter
	for name, fn := range map[string]BuiltinFunc{
		"find": str_find, "rfind": str_rfind, "index": str_index, "rindex": str_rindex,
		"count": str_count, "startswith": str_startswith, "endswith": str_endswith,
		"join": str_join, "replace": str_replace, "split": str_split, "rsplit": str_rsplit,
		"splitlines": str_splitlines, "strip": str_strip, "lstrip": str_lstrip, "rstrip": str_rstrip,
		"partition": str_partition, "rpartition": str_rpartition,
		"center": str_center, "ljust": str_ljust, "rjust": str_rjust, "zfill": str_zfill,
		"expandtabs": str_expandtabs, "removeprefix": str_removeprefix, "removesuffix": str_removesuffix,
		"upper": str_upper, "lower": str_lower, "casefold": str_casefold, "swapcase": str_swapcase,
		"title": str_title, "capitalize": str_capitalize,
		"isdigit": str_isdigit, "isdecimal": str_isdecimal, "isnumeric": str_isnumeric,
		"isalpha": str_isalpha, "isalnum": str_isalnum, "isspace": str_isspace,
		"isascii": str_isascii, "isprintable": str_isprintable, "isupper": str_isupper,
		"islower": str_islower, "istitle": str_istitle, "isidentifier": str_isidentifier,
		"encode": str_encode, "translate": str_translate,
		"format": str_format, "format_map": str_format_map, "__format__": str_dunder_format,
		"__getnewargs__": str_getnewargs,
	} {
		s.AddMethod(name, fn)
	}
	s.Dict.SetStr("maketrans", &StaticMethod{Func: &Builtin{Name: "maketrans", Fn: str_maketrans}})
}
