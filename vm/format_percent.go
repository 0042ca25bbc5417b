package vm

// This file defines printf-style formatting, `format % args`, for str and
// bytes (CPython's PyUnicode_Format and _PyBytes_FormatEx): conversion
// flags, `*` widths and precisions, `%(name)s` mapping keys, and the exact
// TypeErrors and ValueErrors of CPython.

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// PercentFormat returns format % args for a str format.
func PercentFormat(t *Thread, format string, args Object) (Object, error) {
	s, err := percentEngine(t, format, args, false)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// percentFormatBytes returns format % args for a bytes format.
func percentFormatBytes(t *Thread, format []byte, args Object) ([]byte, error) {
	s, err := percentEngine(t, string(format), args, true)
	if err != nil {
		return nil, err
	}
	return []byte(s), nil
}

// percentIsMapping reports whether the right operand of % supplies
// %(name) keys: any subscriptable object other than a tuple, str or bytes.
func percentIsMapping(o Object) bool {
	switch o.(type) {
	case *Tuple, *Str, *Bytes:
		return false
	}
	return o.Type().GetItem != nil
}

// percentEngine is the formatting loop shared by str and bytes; in bytes
// mode the Go strings hold raw bytes.
func percentEngine(t *Thread, format string, args Object, isBytes bool) (string, error) {
	var items []Object
	var mapping Object
	if tup, ok := args.(*Tuple); ok {
		items = tup.Items
	} else {
		items = []Object{args}
		if percentIsMapping(args) {
			mapping = args
		}
	}
	argi := 0
	nextArg := func() (Object, error) {
		if argi >= len(items) {
			return nil, Errorf(TypeError, "not enough arguments for format string")
		}
		argi++
		return items[argi-1], nil
	}
	var b strings.Builder
	b.Grow(len(format) + 16)
	n := len(format)
	i := 0
	for i < n {
		k := strings.IndexByte(format[i:], '%')
		if k < 0 {
			b.WriteString(format[i:])
			break
		}
		b.WriteString(format[i : i+k])
		i += k + 1
		if i >= n {
			return "", Errorf(ValueError, "incomplete format")
		}
		var arg Object
		if format[i] == '(' {
			if mapping == nil {
				return "", Errorf(TypeError, "format requires a mapping")
			}
			depth, j := 1, i+1
			for j < n && depth > 0 {
				switch format[j] {
				case '(':
					depth++
				case ')':
					depth--
				}
				j++
			}
			if depth > 0 {
				return "", Errorf(ValueError, "incomplete format key")
			}
			var key Object
			if isBytes {
				key = &Bytes{B: []byte(format[i+1 : j-1])}
			} else {
				key = NewStr(format[i+1 : j-1])
			}
			v, err := GetItem(t, mapping, key)
			if err != nil {
				return "", err
			}
			arg = v
			i = j
		}
		// Flags.
		var left, plus, space, alt, zero bool
	flags:
		for i < n {
			switch format[i] {
			case '-':
				left = true
			case '+':
				plus = true
			case ' ':
				space = true
			case '#':
				alt = true
			case '0':
				zero = true
			default:
				break flags
			}
			i++
		}
		// Width.
		width := -1
		if i < n && format[i] == '*' {
			w, err := nextArg()
			if err != nil {
				return "", err
			}
			if !isIntLike(w) {
				return "", Errorf(TypeError, "* wants int")
			}
			wi, err := AsIndex(t, w)
			if err != nil {
				return "", err
			}
			if wi < 0 {
				left = true
				wi = -wi
			}
			width = wi
			i++
		} else {
			for i < n && format[i] >= '0' && format[i] <= '9' {
				if width < 0 {
					width = 0
				}
				width = width*10 + int(format[i]-'0')
				if width > 1<<30 {
					return "", Errorf(ValueError, "width too big")
				}
				i++
			}
		}
		// Precision.
		prec := -1
		if i < n && format[i] == '.' {
			i++
			prec = 0
			if i < n && format[i] == '*' {
				p, err := nextArg()
				if err != nil {
					return "", err
				}
				if !isIntLike(p) {
					return "", Errorf(TypeError, "* wants int")
				}
				pi, err := AsIndex(t, p)
				if err != nil {
					return "", err
				}
				if pi < 0 {
					pi = 0
				}
				prec = pi
				i++
			} else {
				for i < n && format[i] >= '0' && format[i] <= '9' {
					prec = prec*10 + int(format[i]-'0')
					if prec > 1<<30 {
						return "", Errorf(ValueError, "precision too big")
					}
					i++
				}
			}
		}
		// Length modifiers are accepted and ignored.
		for i < n && (format[i] == 'h' || format[i] == 'l' || format[i] == 'L') {
			i++
		}
		if i >= n {
			return "", Errorf(ValueError, "incomplete format")
		}
		c := format[i]
		ci := i
		i++
		if c == '%' {
			b.WriteByte('%')
			continue
		}
		if arg == nil {
			v, err := nextArg()
			if err != nil {
				return "", err
			}
			arg = v
		}
		var body string // the converted value without padding
		lead := 0       // bytes of sign/prefix before which zero padding goes
		numeric := false
		switch c {
		case 's', 'r', 'a', 'b':
			var err error
			body, err = percentText(t, c, arg, isBytes, ci)
			if err != nil {
				return "", err
			}
			if prec >= 0 {
				if isBytes {
					if prec < len(body) {
						body = body[:prec]
					}
				} else {
					body, _ = truncateRunes(body, prec)
				}
			}
		case 'd', 'i', 'u', 'x', 'X', 'o':
			numeric = true
			v, err := percentInt(t, c, arg)
			if err != nil {
				return "", err
			}
			s, bg, _ := intParts(v)
			base := 10
			switch c {
			case 'x', 'X':
				base = 16
			case 'o':
				base = 8
			}
			var digits string
			negative := false
			if bg != nil {
				negative = bg.Sign() < 0
				digits = strings.TrimPrefix(bg.Text(base), "-")
			} else {
				negative = s < 0
				digits = strconv.FormatUint(absU64(s), base)
			}
			if c == 'X' {
				digits = strings.ToUpper(digits)
			}
			if prec > len(digits) {
				digits = strings.Repeat("0", prec-len(digits)) + digits
			}
			sign := percentSign(negative, plus, space)
			prefix := ""
			if alt {
				switch c {
				case 'x':
					prefix = "0x"
				case 'X':
					prefix = "0X"
				case 'o':
					prefix = "0o"
				}
			}
			body = sign + prefix + digits
			lead = len(sign) + len(prefix)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			numeric = true
			f, err := percentFloat(t, arg)
			if err != nil {
				return "", err
			}
			negative := f < 0 || (f == 0 && 1/f < 0)
			if f != f {
				negative = false
			}
			abs := f
			if negative {
				abs = -f
			}
			p := prec
			if p < 0 {
				p = 6
			}
			sign := percentSign(negative, plus, space)
			body = sign + floatBody(abs, c, p, alt)
			lead = len(sign)
		case 'c':
			var err error
			body, err = percentChar(t, arg, isBytes)
			if err != nil {
				return "", err
			}
		default:
			r, _ := utf8.DecodeRuneInString(format[ci:])
			if isBytes {
				r = rune(format[ci])
			}
			return "", Errorf(ValueError, "unsupported format character '%c' (0x%x) at index %d", r, r, ci)
		}
		// Padding.
		length := len(body)
		if !isBytes {
			length = utf8.RuneCountInString(body)
		}
		if width > length {
			pad := width - length
			switch {
			case left:
				b.WriteString(body)
				writeRepeat(&b, " ", pad)
			case zero && numeric:
				b.WriteString(body[:lead])
				writeRepeat(&b, "0", pad)
				b.WriteString(body[lead:])
			default:
				writeRepeat(&b, " ", pad)
				b.WriteString(body)
			}
		} else {
			b.WriteString(body)
		}
	}
	if argi < len(items) && mapping == nil {
		return "", Errorf(TypeError, "not all arguments converted during %s formatting", map[bool]string{false: "string", true: "bytes"}[isBytes])
	}
	return b.String(), nil
}

// percentSign returns the sign prefix of a number.
func percentSign(negative, plus, space bool) string {
	switch {
	case negative:
		return "-"
	case plus:
		return "+"
	case space:
		return " "
	}
	return ""
}

// percentText converts arg for %s, %r, %a (and %b in bytes mode).
func percentText(t *Thread, c byte, arg Object, isBytes bool, index int) (string, error) {
	if isBytes {
		switch c {
		case 's', 'b':
			if b, ok := asBytes(arg); ok {
				return string(b), nil
			}
			if fn, err := GetAttr(t, arg, "__bytes__"); err == nil {
				r, err := t.Call(fn, nil, nil)
				if err != nil {
					return "", err
				}
				if b, ok := asBytes(r); ok {
					return string(b), nil
				}
				return "", Errorf(TypeError, "__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
			return "", Errorf(TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(arg))
		default:
			return ASCIIRepr(t, arg)
		}
	}
	switch c {
	case 's':
		return StrOf(t, arg)
	case 'r':
		return Repr(t, arg)
	case 'a':
		return ASCIIRepr(t, arg)
	}
	return "", Errorf(ValueError, "unsupported format character 'b' (0x62) at index %d", index)
}

// percentInt converts arg for the integer conversions.
func percentInt(t *Thread, c byte, arg Object) (Object, error) {
	if isIntLike(arg) {
		return indexValue(t, arg)
	}
	if c == 'x' || c == 'X' || c == 'o' {
		if arg.Type().Index == nil {
			return nil, Errorf(TypeError, "%%%c format: an integer is required, not %s", c, TypeName(arg))
		}
		return indexValue(t, arg)
	}
	if f, ok := arg.(Float); ok {
		return floatToInt(float64(f))
	}
	typ := arg.Type()
	if typ.Index != nil {
		return indexValue(t, arg)
	}
	if typ.Int != nil {
		return intFromObject(t, arg)
	}
	if typ.Float != nil {
		f, err := ToFloat(t, arg)
		if err != nil {
			return nil, err
		}
		return floatToInt(f)
	}
	return nil, Errorf(TypeError, "%%%c format: a real number is required, not %s", c, TypeName(arg))
}

// percentFloat converts arg for the float conversions.
func percentFloat(t *Thread, arg Object) (float64, error) {
	switch arg.(type) {
	case Float, Int, Bool, *BigInt:
		return ToFloat(t, arg)
	}
	typ := arg.Type()
	if typ.Float == nil && typ.Index == nil {
		return 0, Errorf(TypeError, "must be real number, not %s", typ.Name)
	}
	return ToFloat(t, arg)
}

// percentChar converts arg for %c.
func percentChar(t *Thread, arg Object, isBytes bool) (string, error) {
	if isBytes {
		if b, ok := asBytes(arg); ok && len(b) == 1 {
			return string(b), nil
		}
		if isIndexable(arg) {
			v, err := indexValue(t, arg)
			if err != nil {
				return "", err
			}
			n, ok := AsInt64(v)
			if !ok || n < 0 || n > 255 {
				return "", NewException(OverflowError, NewStr("%c arg not in range(256)"))
			}
			return string([]byte{byte(n)}), nil
		}
		return "", NewException(TypeError, NewStr("%c requires an integer in range(256) or a single byte"))
	}
	if s, ok := asStr(arg); ok {
		if s.Len() == 1 {
			return s.S, nil
		}
		return "", NewException(TypeError, NewStr("%c requires int or char"))
	}
	if isIndexable(arg) {
		v, err := indexValue(t, arg)
		if err != nil {
			return "", err
		}
		n, ok := AsInt64(v)
		if !ok || n < 0 || n > utf8.MaxRune {
			return "", NewException(OverflowError, NewStr("%c arg not in range(0x110000)"))
		}
		return string(rune(n)), nil
	}
	return "", NewException(TypeError, NewStr("%c requires int or char"))
}
