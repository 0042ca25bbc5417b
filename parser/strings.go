package parser

// This file defines string literal handling: decoding escape sequences of
// str and bytes literals (CPython's rules, including \N{...} for a small
// table of names), implicit concatenation, and f-strings (split into
// literal parts and replacement fields, each field parsed with the
// expression parser at its real source position).

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// strPrefix splits a string token into its flags and body.
func strPrefix(v string) (raw, isBytes, isF bool, body string) {
	i := 0
	for v[i] != '"' && v[i] != '\'' {
		switch v[i] {
		case 'r', 'R':
			raw = true
		case 'b', 'B':
			isBytes = true
		case 'f', 'F':
			isF = true
		}
		i++
	}
	q := v[i]
	if len(v)-i >= 6 && v[i+1] == q && v[i+2] == q {
		body = v[i+3 : len(v)-3]
	} else {
		body = v[i+1 : len(v)-1]
	}
	return
}

// bodyOffset returns the byte offset of the body within the token text.
func bodyOffset(v string) int {
	i := 0
	for v[i] != '"' && v[i] != '\'' {
		i++
	}
	if len(v)-i >= 6 && v[i+1] == v[i] && v[i+2] == v[i] {
		return i + 3
	}
	return i + 1
}

// posInToken returns the source position of byte offset off of t's text.
func posInToken(t *lexer.Token, off int) Pos {
	v := t.Value[:off]
	line, col := t.Pos.Line, t.Pos.Column
	if i := strings.LastIndexByte(v, '\n'); i >= 0 {
		line += strings.Count(v, "\n")
		col = 1
		v = v[i+1:]
	}
	return Pos{Line: line, Col: col + utf8.RuneCountInString(v)}
}

// strings parses one or more adjacent string literals.
func (p *exprParser) strings() Expr {
	var toks []*lexer.Token
	for p.peek().Type == tokString {
		toks = append(toks, p.next())
	}
	first, last := toks[0], toks[len(toks)-1]
	sp := span(tokPos(first), tokEnd(last))
	// CPython reports string errors at the token after the literals.
	after := p.peek()
	endErr := func(msg string) {
		e := tokPos(after)
		end := tokEnd(after)
		if end.Line != e.Line {
			end = e
		}
		panic(&Error{Kind: "SyntaxError", Msg: msg, Pos: e, EndCol: end.Col})
	}
	_, firstBytes, _, _ := strPrefix(first.Value)
	anyF := false
	for _, t := range toks {
		_, b, f, _ := strPrefix(t.Value)
		if b != firstBytes {
			endErr("cannot mix bytes and nonbytes literals")
		}
		anyF = anyF || f
	}
	if firstBytes {
		var buf []byte
		for _, t := range toks {
			raw, _, _, body := strPrefix(t.Value)
			for i := 0; i < len(body); i++ {
				if body[i] >= 0x80 {
					panic(&Error{Kind: "SyntaxError", Msg: "bytes can only contain ASCII literal characters",
						Pos: tokPos(t), EndCol: tokEnd(t).Col})
				}
			}
			if raw {
				buf = append(buf, body...)
			} else {
				buf = append(buf, decodeEscapes(body, true, func(msg string) { endErr(msg) })...)
			}
		}
		return &Constant{Span: sp, Kind: ConstBytes, Bytes: buf}
	}
	if !anyF {
		var sb strings.Builder
		for _, t := range toks {
			raw, _, _, body := strPrefix(t.Value)
			if raw {
				sb.WriteString(body)
			} else {
				sb.Write(decodeEscapes(body, false, func(msg string) { endErr(msg) }))
			}
		}
		return &Constant{Span: sp, Kind: ConstStr, Str: sb.String()}
	}
	// At least one f-string: build one JoinedStr, merging adjacent constants.
	js := &JoinedStr{Span: sp}
	var lit strings.Builder
	litStart := Pos{}
	flush := func() {
		if lit.Len() > 0 {
			js.Values = append(js.Values, &Constant{Span: span(litStart, litStart), Kind: ConstStr, Str: lit.String()})
			lit.Reset()
		}
	}
	for _, t := range toks {
		raw, _, isF, body := strPrefix(t.Value)
		if !isF {
			if lit.Len() == 0 {
				litStart = tokPos(t)
			}
			if raw {
				lit.WriteString(body)
			} else {
				lit.Write(decodeEscapes(body, false, func(msg string) { endErr(msg) }))
			}
			continue
		}
		f := &fsParser{p: p, tok: t, after: after, raw: raw, body: body, off: bodyOffset(t.Value)}
		for _, v := range f.parts(0) {
			if c, ok := v.(*Constant); ok {
				if lit.Len() == 0 {
					litStart = c.Pos
				}
				lit.WriteString(c.Str)
				continue
			}
			flush()
			js.Values = append(js.Values, v)
		}
	}
	flush()
	return js
}

// decodeEscapes decodes the backslash escapes of a non-raw literal body.
// Unknown escapes are kept verbatim, as CPython does. fail is called with
// CPython's message for a malformed escape.
func decodeEscapes(body string, isBytes bool, fail func(string)) []byte {
	if strings.IndexByte(body, '\\') < 0 {
		return []byte(body)
	}
	codec := "unicodeescape"
	out := make([]byte, 0, len(body))
	for i := 0; i < len(body); i++ {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			out = append(out, c)
			continue
		}
		start := i
		i++
		c = body[i]
		switch c {
		case '\n':
		case '\\', '\'', '"':
			out = append(out, c)
		case 'a':
			out = append(out, 7)
		case 'b':
			out = append(out, 8)
		case 'f':
			out = append(out, 12)
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'v':
			out = append(out, 11)
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v := int(c - '0')
			for k := 0; k < 2 && i+1 < len(body) && body[i+1] >= '0' && body[i+1] <= '7'; k++ {
				i++
				v = v*8 + int(body[i]-'0')
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				out = utf8.AppendRune(out, rune(v))
			}
		case 'x', 'u', 'U':
			n := map[byte]int{'x': 2, 'u': 4, 'U': 8}[c]
			if isBytes && c != 'x' {
				out = append(out, '\\', c)
				continue
			}
			v := 0
			k := 0
			for ; k < n && i+1 < len(body) && isXDigit(int(body[i+1])); k++ {
				i++
				v = v*16 + hexVal(body[i])
			}
			if k < n {
				if isBytes {
					fail(fmt.Sprintf("(value error) invalid \\x escape at position %d", start))
				}
				name := map[byte]string{'x': `\xXX`, 'u': `\uXXXX`, 'U': `\UXXXXXXXX`}[c]
				fail(fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: truncated %s escape",
					codec, start, i, name))
			}
			if isBytes {
				out = append(out, byte(v))
			} else {
				if v > 0x10FFFF {
					fail(fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: illegal Unicode character",
						codec, start, i))
				}
				out = utf8.AppendRune(out, rune(v))
			}
		case 'N':
			if isBytes {
				out = append(out, '\\', c)
				continue
			}
			end := -1
			if i+1 < len(body) && body[i+1] == '{' {
				end = strings.IndexByte(body[i+1:], '}')
			}
			if end < 0 {
				fail(fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: malformed \\N character escape",
					codec, start, min(i+1, len(body)-1)))
			}
			name := body[i+2 : i+1+end]
			r, ok := lookupUnicodeName(name)
			if !ok {
				fail(fmt.Sprintf("(unicode error) '%s' codec can't decode bytes in position %d-%d: unknown Unicode character name",
					codec, start, i+1+end))
			}
			out = utf8.AppendRune(out, r)
			i += 1 + end
		default:
			out = append(out, '\\', c)
		}
	}
	return out
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	}
	return int(c-'A') + 10
}

// unicodeNames is the small table of names \N{...} understands.
var unicodeNames = map[string]rune{
	"BULLET": 0x2022, "EM DASH": 0x2014, "EN DASH": 0x2013, "SNOWMAN": 0x2603,
	"DEGREE SIGN": 0xB0, "COPYRIGHT SIGN": 0xA9, "REGISTERED SIGN": 0xAE,
	"NO-BREAK SPACE": 0xA0, "EURO SIGN": 0x20AC, "POUND SIGN": 0xA3, "YEN SIGN": 0xA5,
	"CENT SIGN": 0xA2, "SECTION SIGN": 0xA7, "PILCROW SIGN": 0xB6, "MICRO SIGN": 0xB5,
	"MULTIPLICATION SIGN": 0xD7, "DIVISION SIGN": 0xF7, "PLUS-MINUS SIGN": 0xB1,
	"HORIZONTAL ELLIPSIS": 0x2026, "LEFT DOUBLE QUOTATION MARK": 0x201C,
	"RIGHT DOUBLE QUOTATION MARK": 0x201D, "LEFT SINGLE QUOTATION MARK": 0x2018,
	"RIGHT SINGLE QUOTATION MARK": 0x2019, "BLACK STAR": 0x2605, "WHITE STAR": 0x2606,
	"CHECK MARK": 0x2713, "HEAVY CHECK MARK": 0x2714, "BALLOT X": 0x2717,
	"INFINITY": 0x221E, "RIGHTWARDS ARROW": 0x2192, "LEFTWARDS ARROW": 0x2190,
	"UPWARDS ARROW": 0x2191, "DOWNWARDS ARROW": 0x2193, "BLACK HEART SUIT": 0x2665,
	"HEAVY BLACK HEART": 0x2764, "GRINNING FACE": 0x1F600, "SNAKE": 0x1F40D,
	"PILE OF POO": 0x1F4A9, "THUMBS UP SIGN": 0x1F44D, "SPACE": 0x20, "NULL": 0,
	"LINE FEED": 0x0A, "CARRIAGE RETURN": 0x0D, "CHARACTER TABULATION": 0x09,
	"TAB": 0x09, "LF": 0x0A, "CR": 0x0D, "NUL": 0, "ESCAPE": 0x1B, "DELETE": 0x7F,
	"ZERO WIDTH SPACE": 0x200B, "REPLACEMENT CHARACTER": 0xFFFD,
	"LATIN SMALL LETTER SHARP S": 0xDF, "LATIN SMALL LETTER E WITH ACUTE": 0xE9,
	"LATIN CAPITAL LETTER E WITH ACUTE": 0xC9, "LATIN SMALL LETTER A WITH GRAVE": 0xE0,
	"LATIN SMALL LETTER U WITH DIAERESIS": 0xFC, "LATIN SMALL LETTER O WITH DIAERESIS": 0xF6,
	"LATIN SMALL LETTER A WITH DIAERESIS": 0xE4, "LATIN SMALL LETTER N WITH TILDE": 0xF1,
	"LATIN SMALL LETTER C WITH CEDILLA": 0xE7,
}

var greekLetters = []string{"ALPHA", "BETA", "GAMMA", "DELTA", "EPSILON", "ZETA", "ETA", "THETA",
	"IOTA", "KAPPA", "LAMDA", "MU", "NU", "XI", "OMICRON", "PI", "RHO", "FINAL SIGMA", "SIGMA",
	"TAU", "UPSILON", "PHI", "CHI", "PSI", "OMEGA"}

func init() {
	for i, g := range greekLetters {
		unicodeNames["GREEK SMALL LETTER "+g] = rune(0x3B1 + i)
		if g != "FINAL SIGMA" {
			unicodeNames["GREEK CAPITAL LETTER "+g] = rune(0x391 + i)
		}
	}
	unicodeNames["GREEK SMALL LETTER LAMBDA"] = 0x3BB
	unicodeNames["GREEK CAPITAL LETTER LAMBDA"] = 0x39B
	for c := 'A'; c <= 'Z'; c++ {
		unicodeNames["LATIN CAPITAL LETTER "+string(c)] = c
		unicodeNames["LATIN SMALL LETTER "+string(c)] = c + 32
	}
	for i, d := range []string{"ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE"} {
		unicodeNames["DIGIT "+d] = rune('0' + i)
	}
}

// lookupUnicodeName resolves a \N{...} name, case-insensitively.
func lookupUnicodeName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	for _, prefix := range []string{"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-"} {
		if hex, ok := strings.CutPrefix(name, prefix); ok && len(hex) >= 4 && len(hex) <= 5 {
			v := 0
			for i := 0; i < len(hex); i++ {
				if !isXDigit(int(hex[i])) {
					return 0, false
				}
				v = v*16 + hexVal(hex[i])
			}
			return rune(v), true
		}
	}
	r, ok := unicodeNames[name]
	return r, ok
}

// --- f-strings ---

// An fsParser splits the body of one f-string token.
type fsParser struct {
	p     *exprParser
	tok   *lexer.Token // the f-string token
	after *lexer.Token // the token after the literals (error position)
	raw   bool
	body  string
	off   int // byte offset of body within tok.Value
	i     int // current byte offset in body
}

// fail raises an f-string error at the end of the literal, where CPython
// 3.11 reports them.
func (f *fsParser) fail(msg string) {
	e, end := tokPos(f.after), tokEnd(f.after)
	if end.Line != e.Line {
		end = e
	}
	panic(&Error{Kind: "SyntaxError", Msg: msg, Pos: e, EndCol: end.Col})
}

func (f *fsParser) pos(i int) Pos { return posInToken(f.tok, f.off+i) }

// parts parses literal text and fields up to the end of the body (level
// 0) or up to the '}' that ends a format spec (level > 0).
func (f *fsParser) parts(level int) []Expr {
	var vals []Expr
	var lit []byte
	litStart := f.i
	flush := func() {
		if len(lit) == 0 {
			return
		}
		s := string(lit)
		if !f.raw {
			s = string(decodeEscapes(s, false, f.fail))
		}
		p := f.pos(litStart)
		vals = append(vals, &Constant{Span: span(p, f.pos(f.i)), Kind: ConstStr, Str: s})
		lit = lit[:0]
	}
	body := f.body
	for f.i < len(body) {
		c := body[f.i]
		if c == '\\' && !f.raw && f.i+1 < len(body) {
			if body[f.i+1] == 'N' && f.i+2 < len(body) && body[f.i+2] == '{' {
				if j := strings.IndexByte(body[f.i:], '}'); j >= 0 {
					lit = append(lit, body[f.i:f.i+j+1]...)
					f.i += j + 1
					continue
				}
			}
			lit = append(lit, c, body[f.i+1])
			f.i += 2
			continue
		}
		if c == '{' || c == '}' {
			if level == 0 {
				if f.i+1 < len(body) && body[f.i+1] == c {
					lit = append(lit, c)
					f.i += 2
					continue
				}
				if c == '}' {
					f.fail("f-string: single '}' is not allowed")
				}
			}
			if c == '}' {
				break
			}
			flush()
			vals = append(vals, f.field(level)...)
			litStart = f.i
			continue
		}
		lit = append(lit, c)
		f.i++
	}
	flush()
	return vals
}

// field parses one replacement field starting at '{'.
func (f *fsParser) field(level int) []Expr {
	if level >= 2 {
		f.fail("f-string: expressions nested too deeply")
	}
	body := f.body
	f.i++ // '{'
	start := f.i
	var quote byte
	triple := false
	var stack []byte
scan:
	for f.i < len(body) {
		c := body[f.i]
		if c == '\\' {
			f.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if !triple {
					quote = 0
				} else if f.i+2 < len(body) && body[f.i+1] == quote && body[f.i+2] == quote {
					quote = 0
					f.i += 2
				}
			}
			f.i++
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
			triple = f.i+2 < len(body) && body[f.i+1] == c && body[f.i+2] == c
			if triple {
				f.i += 2
			}
		case '[', '(', '{':
			if len(stack) >= 200 {
				f.fail("f-string: too many nested parenthesis")
			}
			stack = append(stack, c)
		case ']', ')', '}':
			if len(stack) == 0 {
				if c == '}' {
					break scan
				}
				f.fail(fmt.Sprintf("f-string: unmatched '%c'", c))
			}
			open := stack[len(stack)-1]
			if !(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}') {
				f.fail(fmt.Sprintf("f-string: closing parenthesis '%c' does not match opening parenthesis '%c'", c, open))
			}
			stack = stack[:len(stack)-1]
		case '#':
			f.fail("f-string expression part cannot include '#'")
		case '!', ':', '=', '<', '>':
			if len(stack) > 0 {
				break
			}
			if f.i+1 < len(body) && body[f.i+1] == '=' && c != ':' {
				f.i += 2
				continue
			}
			if c == '<' || c == '>' {
				break
			}
			break scan
		}
		f.i++
	}
	if quote != 0 {
		f.fail("f-string: unterminated string")
	}
	if len(stack) > 0 {
		f.fail(fmt.Sprintf("f-string: unmatched '%c'", stack[len(stack)-1]))
	}
	if f.i >= len(body) {
		f.fail("f-string: expecting '}'")
	}
	text := body[start:f.i]
	if strings.TrimSpace(text) == "" {
		f.fail("f-string: empty expression not allowed")
	}
	value := f.compile(text, start)
	fv := &FormattedValue{Value: value}
	var debug string
	if body[f.i] == '=' {
		f.i++
		for f.i < len(body) && (body[f.i] == ' ' || body[f.i] == '\t' || body[f.i] == '\n') {
			f.i++
		}
		debug = body[start:f.i]
	}
	if f.i < len(body) && body[f.i] == '!' {
		f.i++
		if f.i >= len(body) {
			f.fail("f-string: expecting '}'")
		}
		conv := body[f.i]
		if conv != 's' && conv != 'r' && conv != 'a' {
			f.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
		fv.Conversion = rune(conv)
		f.i++
	}
	if f.i < len(body) && body[f.i] == ':' {
		f.i++
		specStart := f.i
		parts := f.parts(level + 1)
		fv.FormatSpec = &JoinedStr{Span: span(f.pos(specStart), f.pos(f.i)), Values: parts}
	}
	if f.i >= len(body) || body[f.i] != '}' {
		f.fail("f-string: expecting '}'")
	}
	f.i++
	fv.Span = span(f.pos(start-1), f.pos(f.i))
	if debug == "" {
		return []Expr{fv}
	}
	if fv.Conversion == 0 && fv.FormatSpec == nil {
		fv.Conversion = 'r'
	}
	dp := f.pos(start)
	return []Expr{&Constant{Span: span(dp, f.pos(start+len(debug))), Kind: ConstStr, Str: debug}, fv}
}

// compile parses the expression text of a field (at body offset start) as
// CPython 3.11 does: as `(text)`, with positions in the real source.
func (f *fsParser) compile(text string, start int) Expr {
	res := lex("(" + text + ")")
	base := f.pos(start)
	toks := res.toks
	for i := range toks {
		t := &toks[i]
		if t.Pos.Line == 1 {
			t.Pos.Column += base.Col - 2
		}
		t.Pos.Line += base.Line - 1
	}
	if res.err != nil {
		f.fail("f-string: " + res.err.Msg)
	}
	pl, err := lexer.Upgrade(&sliceLexer{toks: toks})
	if err != nil {
		f.fail("f-string: invalid syntax")
	}
	sub := &exprParser{lex: pl, depth: f.p.depth, fstring: f.p.fstring + 1}
	var e Expr
	func() {
		defer func() {
			if r := recover(); r != nil {
				switch x := r.(type) {
				case *Error:
					x.Msg = "f-string: " + x.Msg
					panic(x)
				case *tokenError:
					panic(&Error{Kind: "SyntaxError", Msg: "f-string: invalid syntax", Pos: tokPos(&x.tok), EndCol: tokEnd(&x.tok).Col})
				}
				panic(r)
			}
		}()
		sub.expectOp("(")
		sub.level++
		if isKw(sub.peek(), "yield") {
			e = sub.yieldExpr()
		} else {
			e = sub.starExpressions()
		}
		sub.level--
		sub.expectOp(")")
		if t := sub.peek(); t.Type != tokNewline && t.Type != lexer.EOF {
			sub.fail(t)
		}
	}()
	return e
}
