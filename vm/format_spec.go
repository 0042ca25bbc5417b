package vm

// This file defines the format-spec mini-language of format(), f-strings
// and str.format for the builtin scalar types (CPython's
// Python/formatter_unicode.c): parsing
// [[fill]align][sign][z][#][0][width][grouping][.precision][type], and
// laying out ints, floats and strs with fill, alignment, sign, alternate
// form, zero padding and digit grouping. FormatValue is the entry point.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A formatSpec is a parsed format specification.
type formatSpec struct {
	fill     rune // padding character; ' ' by default
	align    byte // '<', '>', '^', '=' or 0 for the type's default
	sign     byte // '+', '-', ' ' or 0
	z        bool // coerce negative zero to zero
	alt      bool // '#'
	width    int  // minimum width in code points; -1 if absent
	grouping byte // ',', '_' or 0
	prec     int  // precision; -1 if absent
	typ      byte // presentation type; 0 if absent
	fillSet  bool // fill given explicitly (or by the '0' flag)
	zeroPad  bool // the '0' flag set the fill (sign-aware zero padding)
}

// parseFormatSpec parses spec for a value of type typeName whose default
// alignment is defAlign ('>' for numbers, '<' for str).
func parseFormatSpec(spec string, typeName string, defAlign byte) (formatSpec, error) {
	fs := formatSpec{fill: ' ', width: -1, prec: -1}
	s := spec
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	// [[fill]align]
	if s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if size < len(s) && isAlign(s[size]) {
			fs.fill, fs.fillSet, fs.align = r, true, s[size]
			s = s[size+1:]
		} else if isAlign(s[0]) {
			fs.align = s[0]
			s = s[1:]
		}
	}
	if s != "" && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		fs.sign = s[0]
		s = s[1:]
	}
	if s != "" && s[0] == 'z' {
		fs.z = true
		s = s[1:]
	}
	if s != "" && s[0] == '#' {
		fs.alt = true
		s = s[1:]
	}
	if !fs.fillSet && s != "" && s[0] == '0' {
		fs.fill, fs.fillSet, fs.zeroPad = '0', true, true
		if fs.align == 0 && defAlign == '>' {
			fs.align = '='
		}
		s = s[1:]
	}
	n, rest, err := parseSpecNumber(s)
	if err != nil {
		return fs, err
	}
	if len(rest) < len(s) {
		fs.width = n
	}
	s = rest
	if s != "" && (s[0] == ',' || s[0] == '_') {
		fs.grouping = s[0]
		s = s[1:]
		if s != "" && (s[0] == ',' || s[0] == '_') {
			return fs, Errorf(ValueError, "Cannot specify both ',' and '_'.")
		}
	}
	if s != "" && s[0] == '.' {
		s = s[1:]
		n, rest, err := parseSpecNumber(s)
		if err != nil {
			return fs, err
		}
		if len(rest) == len(s) {
			return fs, Errorf(ValueError, "Format specifier missing precision")
		}
		fs.prec = n
		s = rest
	}
	if len(s) > 1 || (len(s) == 1 && s[0] >= 0x80) {
		return fs, Errorf(ValueError, "Invalid format specifier '%s' for object of type '%s'", spec, typeName)
	}
	if len(s) == 1 {
		fs.typ = s[0]
	}
	if fs.grouping != 0 {
		ok := false
		switch fs.typ {
		case 0, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%':
			ok = true
		case 'b', 'o', 'x', 'X':
			ok = fs.grouping == '_'
		}
		if !ok {
			return fs, Errorf(ValueError, "Cannot specify '%c' with '%c'.", fs.grouping, fs.typ)
		}
	}
	return fs, nil
}

// parseSpecNumber reads a run of decimal digits.
func parseSpecNumber(s string) (int, string, error) {
	i, n := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		if n > (math.MaxInt32-9)/10 {
			return 0, s, Errorf(ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + int(s[i]-'0')
		i++
	}
	return n, s[i:], nil
}

// unknownFormatCode is the error for a presentation type the value's type
// does not support.
func unknownFormatCode(typ byte, typeName string) error {
	if typ >= 0x20 && typ < 0x7f {
		return Errorf(ValueError, "Unknown format code '%c' for object of type '%s'", typ, typeName)
	}
	return Errorf(ValueError, "Unknown format code '\\x%x' for object of type '%s'", typ, typeName)
}

// pad lays out body (whose length in code points is n) in the spec's
// width with fill and alignment; for '=' the padding goes after the first
// lead bytes (sign and prefix).
func (fs *formatSpec) pad(body string, n int, lead int, defAlign byte) string {
	if fs.width <= n {
		return body
	}
	padding := fs.width - n
	align := fs.align
	if align == 0 {
		align = defAlign
	}
	fill := string(fs.fill)
	if fs.fill < utf8.RuneSelf {
		fill = string([]byte{byte(fs.fill)})
	}
	var b strings.Builder
	b.Grow(len(body) + padding*len(fill))
	switch align {
	case '<':
		b.WriteString(body)
		writeRepeat(&b, fill, padding)
	case '^':
		left := padding / 2
		writeRepeat(&b, fill, left)
		b.WriteString(body)
		writeRepeat(&b, fill, padding-left)
	case '=':
		b.WriteString(body[:lead])
		writeRepeat(&b, fill, padding)
		b.WriteString(body[lead:])
	default:
		writeRepeat(&b, fill, padding)
		b.WriteString(body)
	}
	return b.String()
}

func writeRepeat(b *strings.Builder, s string, n int) {
	for i := 0; i < n; i++ {
		b.WriteString(s)
	}
}

// groupDigits inserts sep every size digits from the right of digits (an
// ASCII digit string), first left-padding with zeros so that the grouped
// result is at least minWidth long (CPython's zero padding with grouping).
func groupDigits(digits string, sep byte, size int, minWidth int) string {
	n := len(digits)
	for {
		if n+(n-1)/size >= minWidth {
			break
		}
		n++
	}
	if n > len(digits) {
		digits = strings.Repeat("0", n-len(digits)) + digits
	}
	if sep == 0 {
		return digits
	}
	var b strings.Builder
	b.Grow(n + n/size)
	first := n % size
	if first == 0 {
		first = size
	}
	b.WriteString(digits[:first])
	for i := first; i < n; i += size {
		b.WriteByte(sep)
		b.WriteString(digits[i : i+size])
	}
	return b.String()
}

// layoutNumber assembles sign + prefix + integer digits (grouped) + rest
// and pads it.
func (fs *formatSpec) layoutNumber(sign, prefix, intDigits, rest string) string {
	lead := len(sign) + len(prefix)
	minWidth := 0
	if fs.fill == '0' && fs.align == '=' && fs.width > 0 {
		minWidth = fs.width - lead - utf8.RuneCountInString(rest)
	}
	size := 3
	if fs.typ == 'b' || fs.typ == 'o' || fs.typ == 'x' || fs.typ == 'X' {
		size = 4
	}
	if fs.grouping != 0 && intDigits != "" {
		intDigits = groupDigits(intDigits, fs.grouping, size, minWidth)
	}
	n := lead + len(intDigits) + utf8.RuneCountInString(rest) // digits are ASCII
	if fs.width <= n {
		return sign + prefix + intDigits + rest
	}
	// Assemble and pad in one allocation.
	padding := fs.width - n
	align := fs.align
	if align == 0 {
		align = '>'
	}
	var fill [utf8.UTFMax]byte
	fw := utf8.EncodeRune(fill[:], fs.fill)
	var b strings.Builder
	b.Grow(lead + len(intDigits) + len(rest) + padding*fw)
	left, right := 0, 0
	switch align {
	case '<':
		right = padding
	case '^':
		left = padding / 2
		right = padding - left
	case '>':
		left = padding
	}
	for i := 0; i < left; i++ {
		b.Write(fill[:fw])
	}
	b.WriteString(sign)
	b.WriteString(prefix)
	if align == '=' {
		for i := 0; i < padding; i++ {
			b.Write(fill[:fw])
		}
	}
	b.WriteString(intDigits)
	b.WriteString(rest)
	for i := 0; i < right; i++ {
		b.Write(fill[:fw])
	}
	return b.String()
}

// signString returns the sign prefix for a number.
func (fs *formatSpec) signString(negative bool) string {
	if negative {
		return "-"
	}
	switch fs.sign {
	case '+':
		return "+"
	case ' ':
		return " "
	}
	return ""
}

// formatInt formats an int operand (Int, Bool or *BigInt) with a parsed spec.
func formatInt(t *Thread, v Object, fs *formatSpec) (string, error) {
	typeName := TypeName(v)
	switch fs.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := ToFloat(t, v)
		if err != nil {
			return "", err
		}
		return formatFloat(f, fs)
	case 0, 'd', 'n', 'b', 'o', 'x', 'X', 'c':
	default:
		return "", unknownFormatCode(fs.typ, typeName)
	}
	if fs.prec >= 0 {
		return "", Errorf(ValueError, "Precision not allowed in integer format specifier")
	}
	if fs.z {
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	s, b, _ := intParts(v)
	if fs.typ == 'c' {
		if fs.sign != 0 {
			return "", Errorf(ValueError, "Sign not allowed with integer format specifier 'c'")
		}
		if fs.alt {
			return "", Errorf(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if b != nil {
			return "", Errorf(OverflowError, "Python int too large to convert to C long")
		}
		if s < 0 || s > utf8.MaxRune {
			return "", NewException(OverflowError, NewStr("%c arg not in range(0x110000)"))
		}
		body := string(rune(s))
		if s >= 0xd800 && s < 0xe000 {
			body = "\ufffd"
		}
		return fs.pad(body, 1, 0, '<'), nil
	}
	base := 10
	prefix := ""
	switch fs.typ {
	case 'b':
		base, prefix = 2, "0b"
	case 'o':
		base, prefix = 8, "0o"
	case 'x':
		base, prefix = 16, "0x"
	case 'X':
		base, prefix = 16, "0X"
	}
	if !fs.alt {
		prefix = ""
	}
	var digits string
	negative := false
	if b != nil {
		negative = b.Sign() < 0
		if base == 10 {
			str, err := intToString(v)
			if err != nil {
				return "", err
			}
			digits = strings.TrimPrefix(str, "-")
		} else {
			digits = new(big.Int).Abs(b).Text(base)
		}
	} else {
		negative = s < 0
		digits = strconv.FormatUint(absU64(s), base)
	}
	if fs.typ == 'X' {
		digits = strings.ToUpper(digits)
	}
	return fs.layoutNumber(fs.signString(negative), prefix, digits, ""), nil
}

// formatFloat formats f with a parsed spec.
func formatFloat(f float64, fs *formatSpec) (string, error) {
	typ := fs.typ
	switch typ {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n':
	default:
		return "", unknownFormatCode(typ, "float")
	}
	negative := math.Signbit(f) && !math.IsNaN(f)
	abs := math.Abs(f)
	body := floatBody(abs, typ, fs.prec, fs.alt)
	if negative && fs.z && !math.IsInf(f, 0) && isZeroBody(body) {
		negative = false
	}
	// Split off the integer digits for grouping.
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	intDigits, rest := body[:i], body[i:]
	if math.IsNaN(f) || math.IsInf(f, 0) {
		intDigits, rest = "", body
	}
	return fs.layoutNumber(fs.signString(negative), "", intDigits, rest), nil
}

// isZeroBody reports whether a formatted magnitude is all zeros.
func isZeroBody(body string) bool {
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c >= '1' && c <= '9' {
			return false
		}
		if c == 'e' || c == 'E' {
			break
		}
	}
	return true
}

// formatString formats a str with a parsed spec.
func formatString(s string, fs *formatSpec) (string, error) {
	switch fs.typ {
	case 0, 's':
	default:
		return "", unknownFormatCode(fs.typ, "str")
	}
	if fs.sign != 0 {
		return "", Errorf(ValueError, "Sign not allowed in string format specifier")
	}
	if fs.z {
		return "", Errorf(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	}
	if fs.alt {
		return "", Errorf(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	if fs.align == '=' {
		return "", Errorf(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if fs.grouping != 0 {
		return "", Errorf(ValueError, "Cannot specify '%c' with 's'.", fs.grouping)
	}
	n := -1
	if fs.prec >= 0 {
		s, n = truncateRunes(s, fs.prec)
	}
	if fs.width < 0 {
		return s, nil
	}
	if n < 0 {
		n = utf8.RuneCountInString(s)
	}
	return fs.pad(s, n, 0, '<'), nil
}

// truncateRunes returns the first n code points of s and their count.
func truncateRunes(s string, n int) (string, int) {
	count := 0
	for i := range s {
		if count == n {
			return s[:i], count
		}
		count++
	}
	return s, count
}

// formatSpecArg extracts the spec argument of a __format__ method.
func formatSpecArg(args []Object, kwnames []string) (string, error) {
	if len(kwnames) > 0 || len(args) != 2 {
		return "", Errorf(TypeError, "__format__() takes exactly one argument (%d given)", len(args)-1)
	}
	s, ok := args[1].(*Str)
	if !ok {
		return "", Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[1]))
	}
	return s.S, nil
}

// FormatValue returns format(v, spec): it formats ints, bools, floats and
// strs directly and calls __format__ for other types (object's default
// accepts only an empty spec). It is used by FORMAT_VALUE, format() and
// str.format.
func FormatValue(t *Thread, v Object, spec string) (Object, error) {
	switch x := v.(type) {
	case *Str:
		if x.class() == nil {
			return formatBuiltin(t, v, spec)
		}
	case Int, *BigInt, Bool, Float:
		return formatBuiltin(t, v, spec)
	}
	typ := v.Type()
	owner := lookupOwner(typ, "__format__")
	switch owner {
	case StrType, IntType, FloatType, BoolType:
		return formatBuiltin(t, v, spec)
	}
	if owner != nil && owner != ObjectType {
		fn, err := GetAttr(t, v, "__format__")
		if err != nil {
			return nil, err
		}
		r, err := t.Call(fn, []Object{NewStr(spec)}, nil)
		if err != nil {
			return nil, err
		}
		if _, ok := r.(*Str); !ok {
			return nil, Errorf(TypeError, "__format__ must return a str, not %s", TypeName(r))
		}
		return r, nil
	}
	return DefaultFormat(t, v, spec)
}

// formatBuiltin is the __format__ of str, int, bool and float (and of
// their subclasses that do not override it).
func formatBuiltin(t *Thread, v Object, spec string) (Object, error) {
	switch x := v.(type) {
	case *Str:
		if spec == "" {
			return x.plain(), nil
		}
		fs, err := parseFormatSpec(spec, TypeName(x), '<')
		if err != nil {
			return nil, err
		}
		s, err := formatString(x.S, &fs)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	case Int, *BigInt, Bool, *IntSub:
		if spec == "" {
			if b, ok := x.(Bool); ok {
				return bool_repr(t, b)
			}
			return int_repr(t, x)
		}
		fs, err := parseFormatSpec(spec, TypeName(x), '>')
		if err != nil {
			return nil, err
		}
		s, err := formatInt(t, x, &fs)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	case Float, *FloatSub:
		f := floatOf(x)
		if spec == "" {
			return NewStr(floatRepr(f)), nil
		}
		fs, err := parseFormatSpec(spec, TypeName(x), '>')
		if err != nil {
			return nil, err
		}
		s, err := formatFloat(f, &fs)
		if err != nil {
			return nil, err
		}
		return NewStr(s), nil
	}
	return DefaultFormat(t, v, spec)
}

// DefaultFormat is object.__format__: str(v) for an empty spec, else
// TypeError.
func DefaultFormat(t *Thread, v Object, spec string) (Object, error) {
	if spec != "" {
		return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(v))
	}
	s, err := StrOf(t, v)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// lookupOwner returns the class along typ's MRO whose namespace defines
// name, or nil.
func lookupOwner(typ *Type, name string) *Type {
	mro := typ.MRO
	if len(mro) == 0 {
		mro = []*Type{typ}
		for b := typ.Bases; len(b) > 0; b = b[0].Bases {
			mro = append(mro, b[0])
		}
	}
	for _, c := range mro {
		if c.Dict == nil {
			continue
		}
		if _, ok := c.Dict.GetStr(name); ok {
			return c
		}
	}
	return nil
}
