package vm

// This file defines str.format and str.format_map (CPython's
// Objects/stringlib/unicode_format.h): literal text with {{ and }},
// replacement fields {name!conversion:spec} where name is an automatic or
// explicit index or a keyword followed by .attribute and [key] parts, and
// specs that may themselves contain replacement fields.

import (
	"strconv"
	"strings"
)

// strFormatter holds the arguments of one str.format call.
type strFormatter struct {
	t        *Thread
	args     []Object // positional arguments
	kwnames  []string // keyword names; parallel to kwvalues
	kwvalues []Object
	mapping  Object // format_map's mapping; or nil
	auto     int    // next automatic field number; -1 once manual numbering is used
	manual   bool   // an explicit index has been used
}

// StrFormat implements format.format(*args, **kwargs) (kwnames/kwvalues
// are the keyword arguments) and, when mapping is non-nil,
// format.format_map(mapping).
func StrFormat(t *Thread, format string, args []Object, kwnames []string, kwvalues []Object, mapping Object) (string, error) {
	f := &strFormatter{t: t, args: args, kwnames: kwnames, kwvalues: kwvalues, mapping: mapping}
	return f.expand(format, 2)
}

// expand renders format; depth limits the nesting of fields in specs.
func (f *strFormatter) expand(format string, depth int) (string, error) {
	if depth <= 0 {
		return "", Errorf(ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
	b.Grow(len(format) + 16)
	n := len(format)
	i := 0
	for i < n {
		c := format[i]
		if c == '}' {
			if i+1 < n && format[i+1] == '}' {
				b.WriteByte('}')
				i += 2
				continue
			}
			return "", Errorf(ValueError, "Single '}' encountered in format string")
		}
		if c != '{' {
			j := i + 1
			for j < n && format[j] != '{' && format[j] != '}' {
				j++
			}
			b.WriteString(format[i:j])
			i = j
			continue
		}
		if i+1 < n && format[i+1] == '{' {
			b.WriteByte('{')
			i += 2
			continue
		}
		if i+1 >= n {
			return "", Errorf(ValueError, "Single '{' encountered in format string")
		}
		// A replacement field: the name runs to '!', ':' or '}', skipping
		// over [...] keys.
		i++
		start := i
		inBracket := false
		for i < n {
			c := format[i]
			if inBracket {
				if c == ']' {
					inBracket = false
				}
				i++
				continue
			}
			if c == '[' {
				inBracket = true
			} else if c == '!' || c == ':' || c == '}' {
				break
			}
			i++
		}
		if i >= n {
			return "", Errorf(ValueError, "expected '}' before end of string")
		}
		name := format[start:i]
		var conversion byte
		if format[i] == '!' {
			i++
			if i >= n {
				return "", Errorf(ValueError, "end of string while looking for conversion specifier")
			}
			conversion = format[i]
			i++
			if i >= n {
				return "", Errorf(ValueError, "unmatched '{' in format spec")
			}
			if format[i] != ':' && format[i] != '}' {
				return "", Errorf(ValueError, "expected ':' after conversion specifier")
			}
		}
		spec := ""
		if format[i] == ':' {
			i++
			specStart := i
			level := 1
			for i < n {
				if format[i] == '{' {
					level++
				} else if format[i] == '}' {
					level--
					if level == 0 {
						break
					}
				}
				i++
			}
			if i >= n {
				return "", Errorf(ValueError, "unmatched '{' in format spec")
			}
			spec = format[specStart:i]
		}
		i++ // the closing '}'
		obj, err := f.resolve(name)
		if err != nil {
			return "", err
		}
		switch conversion {
		case 0:
		case 'r', 's', 'a':
			var s string
			switch conversion {
			case 'r':
				s, err = Repr(f.t, obj)
			case 's':
				s, err = StrOf(f.t, obj)
			default:
				s, err = ASCIIRepr(f.t, obj)
			}
			if err != nil {
				return "", err
			}
			obj = NewStr(s)
		default:
			return "", Errorf(ValueError, "Unknown conversion specifier %c", rune(conversion))
		}
		if strings.IndexByte(spec, '{') >= 0 {
			if spec, err = f.expand(spec, depth-1); err != nil {
				return "", err
			}
		}
		r, err := FormatValue(f.t, obj, spec)
		if err != nil {
			return "", err
		}
		b.WriteString(r.(*Str).S)
	}
	return b.String(), nil
}

// isDigits reports whether s is a non-empty run of ASCII digits.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// resolve evaluates a field name: an argument followed by .attr and [key]
// accessors.
func (f *strFormatter) resolve(name string) (Object, error) {
	k := strings.IndexAny(name, ".[")
	first, rest := name, ""
	if k >= 0 {
		first, rest = name[:k], name[k:]
	}
	var obj Object
	switch {
	case first == "":
		if f.manual {
			return nil, Errorf(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		idx := f.auto
		f.auto++
		if idx >= len(f.args) {
			return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	case isDigits(first):
		if f.auto > 0 {
			return nil, Errorf(ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		f.manual = true
		idx, err := strconv.Atoi(first)
		if err != nil {
			return nil, Errorf(ValueError, "Too many decimal digits in format string")
		}
		if idx >= len(f.args) {
			return nil, Errorf(IndexError, "Replacement index %d out of range for positional args tuple", idx)
		}
		obj = f.args[idx]
	default:
		if f.mapping != nil {
			v, err := GetItem(f.t, f.mapping, NewStr(first))
			if err != nil {
				return nil, err
			}
			obj = v
		} else {
			for j, kw := range f.kwnames {
				if kw == first {
					obj = f.kwvalues[j]
					break
				}
			}
			if obj == nil {
				return nil, NewException(KeyError, NewStr(first))
			}
		}
	}
	for rest != "" {
		if rest[0] == '.' {
			rest = rest[1:]
			k := strings.IndexAny(rest, ".[")
			attr := rest
			if k >= 0 {
				attr, rest = rest[:k], rest[k:]
			} else {
				rest = ""
			}
			if attr == "" {
				return nil, Errorf(ValueError, "Empty attribute in format string")
			}
			v, err := GetAttr(f.t, obj, attr)
			if err != nil {
				return nil, err
			}
			obj = v
			continue
		}
		// rest[0] == '['
		k := strings.IndexByte(rest, ']')
		if k < 0 {
			return nil, Errorf(ValueError, "Missing ']' in format string")
		}
		keyText := rest[1:k]
		rest = rest[k+1:]
		if keyText == "" {
			return nil, Errorf(ValueError, "Empty attribute in format string")
		}
		if rest != "" && rest[0] != '.' && rest[0] != '[' {
			return nil, Errorf(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
		var key Object
		if isDigits(keyText) {
			n, err := strconv.ParseInt(keyText, 10, 64)
			if err != nil {
				key = NewStr(keyText)
			} else {
				key = MakeInt(n)
			}
		} else {
			key = NewStr(keyText)
		}
		v, err := GetItem(f.t, obj, key)
		if err != nil {
			return nil, err
		}
		obj = v
	}
	return obj, nil
}
