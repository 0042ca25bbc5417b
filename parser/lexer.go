package parser

// This file defines the hand-written Python tokenizer: indentation
// (INDENT/DEDENT with CPython's tab rules), implicit and explicit line
// joining, comments, names and keywords, numbers (with CPython's literal
// errors), string literals (kept raw; decoded in strings.go) and operators.
// It mirrors CPython 3.11's Parser/tokenizer.c closely enough that lexical
// errors carry the same message and position.

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// A lexResult is the output of lex: the whole token stream plus what the
// parser needs to pick the error CPython would report.
type lexResult struct {
	toks []lexer.Token
	// err is the lexical error that ended the stream (its ErrorToken is the
	// last token before EOF); or nil.
	err *Error
	// priority is true when err is a tokenizer error that CPython reports
	// even if a parse error occurred earlier in the file (unterminated
	// strings, bad number literals, bad brackets, invalid characters).
	priority bool
	// eofBracket is true when err is "'(' was never closed" raised at EOF.
	eofBracket bool
	// openBlock is true when the input ended right after a block header
	// (or inside an indented block); used by Incomplete.
	openBlock bool
	// contLine is true when the input ended with a backslash continuation.
	contLine bool
	// triple is true when the input ended inside a triple-quoted string.
	triple bool
	// src is the source after newline normalisation.
	src string
}

// maxBrackets is CPython's MAXLEVEL: the deepest bracket nesting allowed.
const maxBrackets = 200

// maxIndent is CPython's MAXINDENT: the deepest indentation allowed.
const maxIndent = 100

// A bracket is an open ( [ or { with its position.
type bracket struct {
	ch        byte
	line, col int
}

// scanner is the tokenizer state.
type scanner struct {
	src       string
	i         int // byte offset of the next character
	line      int // current line, 1-based
	lineStart int // byte offset where the current line starts
	// column cache: col(colOff) == colVal on the current line.
	colOff, colVal int

	toks      []lexer.Token
	indents   []int // indentation columns (tab size 8); indents[0] == 0
	altIndent []int // the same with tab size 1, for TabError
	brackets  []bracket
	atBOL     bool // at the beginning of a logical line
	lineFirst int  // index in toks of the first token of the logical line

	// pending "expected an indented block" after a header ending in ':'.
	blockKind string
	blockLine int

	res lexResult
}

// lex tokenizes src completely. It never fails: a lexical error becomes a
// tokError token followed by EOF, and res.err describes it.
func lex(src string) *lexResult {
	if strings.HasPrefix(src, "\ufeff") {
		src = src[3:]
	}
	if strings.IndexByte(src, '\r') >= 0 {
		src = strings.ReplaceAll(src, "\r\n", "\n")
		src = strings.ReplaceAll(src, "\r", "\n")
	}
	s := &scanner{src: src, line: 1, colVal: 1, atBOL: true, indents: []int{0}, altIndent: []int{0}}
	s.toks = make([]lexer.Token, 0, len(src)/4+8)
	s.run()
	s.res.toks = s.toks
	s.res.src = src
	return &s.res
}

// col returns the 1-based column (in code points) of byte offset off on the
// current line. Offsets must be queried in non-decreasing order per line,
// except that any offset at or after the line start is accepted.
func (s *scanner) col(off int) int {
	if off < s.colOff || s.colOff < s.lineStart {
		s.colOff, s.colVal = s.lineStart, 1
	}
	seg := s.src[s.colOff:off]
	n := len(seg)
	for _, b := range []byte(seg) {
		if b >= 0x80 {
			n = utf8.RuneCountInString(seg)
			break
		}
	}
	s.colVal += n
	s.colOff = off
	return s.colVal
}

// newLine records that the character before offset off was a newline.
func (s *scanner) newLine(off int) {
	s.line++
	s.lineStart = off
	s.colOff, s.colVal = off, 1
}

func (s *scanner) emit(typ lexer.TokenType, val string, off, line, col int) {
	s.toks = append(s.toks, lexer.Token{Type: typ, Value: val,
		Pos: lexer.Position{Offset: off, Line: line, Column: col}})
}

// lineText returns source line n (1-based) without its newline.
func lineText(src string, n int) string {
	for l := 1; l < n; l++ {
		i := strings.IndexByte(src, '\n')
		if i < 0 {
			return ""
		}
		src = src[i+1:]
	}
	if i := strings.IndexByte(src, '\n'); i >= 0 {
		src = src[:i]
	}
	return src
}

// fail ends the token stream with an error token carrying e.
func (s *scanner) fail(kind, msg string, line, col, endCol int, priority bool) {
	s.res.err = &Error{Kind: kind, Msg: msg, Pos: Pos{Line: line, Col: col}, EndCol: endCol,
		Text: lineText(s.src, line)}
	s.res.priority = priority
	s.emit(tokError, msg, s.i, s.line, s.col(s.i))
	s.emit(lexer.EOF, "", s.i, s.line, s.col(s.i))
}

// lastLine is the number of the last line, as CPython counts it at EOF: a
// final newline does not start a new line.
func (s *scanner) lastLine() int {
	n := strings.Count(s.src, "\n")
	if !strings.HasSuffix(s.src, "\n") {
		n++
	}
	if n == 0 {
		n = 1
	}
	return n
}

// run tokenizes the whole input.
func (s *scanner) run() {
	src := s.src
	for {
		if s.atBOL && len(s.brackets) == 0 {
			if !s.lineStartTokens() {
				return
			}
			continue
		}
		if s.i >= len(src) {
			s.eof()
			return
		}
		c := src[s.i]
		switch {
		case c == ' ' || c == '\t' || c == '\f':
			s.i++
		case c == '#':
			for s.i < len(src) && src[s.i] != '\n' {
				s.i++
			}
		case c == '\n':
			if len(s.brackets) == 0 {
				s.endLogicalLine(s.i, s.line, s.col(s.i))
			}
			s.i++
			s.newLine(s.i)
		case c == '\\':
			if s.i+1 < len(src) && src[s.i+1] == '\n' {
				bcol := s.col(s.i)
				s.i += 2
				s.newLine(s.i)
				if s.i >= len(src) {
					s.res.contLine = true
					s.fail("SyntaxError", "unexpected EOF while parsing", s.line-1, bcol+1, 0, false)
					return
				}
				continue
			}
			col := s.col(s.i)
			if s.i+1 >= len(src) {
				s.res.contLine = true
				s.fail("SyntaxError", "unexpected EOF while parsing", s.line, col+1, 0, false)
				return
			}
			s.fail("SyntaxError", "unexpected character after line continuation character", s.line, col+1, 0, false)
			return
		case isIdentStart(c):
			if !s.name() {
				return
			}
		case c >= 0x80:
			r, _ := utf8.DecodeRuneInString(src[s.i:])
			if isIdentStartRune(r) {
				if !s.name() {
					return
				}
				continue
			}
			s.badChar(r, s.i)
			return
		case c >= '0' && c <= '9' || c == '.' && s.i+1 < len(src) && src[s.i+1] >= '0' && src[s.i+1] <= '9':
			if !s.number() {
				return
			}
		case c == '"' || c == '\'':
			if !s.str(s.i) {
				return
			}
		default:
			if !s.operator() {
				return
			}
		}
	}
}

// badChar reports an invalid character at byte offset off.
func (s *scanner) badChar(r rune, off int) {
	col := s.col(off)
	if unicode.IsPrint(r) {
		s.fail("SyntaxError", fmt.Sprintf("invalid character '%c' (U+%04X)", r, r), s.line, col, col, true)
	} else {
		s.fail("SyntaxError", fmt.Sprintf("invalid non-printable character U+%04X", r), s.line, col, col, true)
	}
}

// endLogicalLine emits NEWLINE (if the line produced tokens) and notes a
// block header.
func (s *scanner) endLogicalLine(off, line, col int) {
	if len(s.toks) == s.lineFirst {
		return
	}
	last := &s.toks[len(s.toks)-1]
	if last.Type == tokOp && last.Value == ":" {
		first := s.toks[s.lineFirst]
		if first.Value == "async" && s.lineFirst+1 < len(s.toks) {
			first = s.toks[s.lineFirst+1]
		}
		if first.Type == tokKeyword {
			switch first.Value {
			case "if", "elif", "else", "while", "for", "with", "try", "except", "finally":
				s.blockKind = "'" + first.Value + "' statement"
			case "def":
				s.blockKind = "function definition"
			case "class":
				s.blockKind = "class definition"
			}
			s.blockLine = first.Pos.Line
		}
	}
	s.emit(tokNewline, "\n", off, line, col)
	s.atBOL = true
}

// lineStartTokens handles the start of a logical line: blank lines,
// indentation and the pending-block check. It returns false when the token
// stream has ended.
func (s *scanner) lineStartTokens() bool {
	src := s.src
	colw, alt := 0, 0
	j := s.i
	for j < len(src) {
		switch src[j] {
		case ' ':
			colw++
			alt++
		case '\t':
			colw = (colw/8 + 1) * 8
			alt++
		case '\f':
			colw, alt = 0, 0
		default:
			goto measured
		}
		j++
	}
measured:
	if j >= len(src) {
		s.i = j
		s.eof()
		return false
	}
	switch src[j] {
	case '#':
		for j < len(src) && src[j] != '\n' {
			j++
		}
		if j >= len(src) {
			s.i = j
			s.eof()
			return false
		}
		fallthrough
	case '\n':
		s.i = j + 1
		s.newLine(s.i)
		return true
	}
	s.atBOL = false
	s.lineFirst = len(s.toks)
	nws := utf8.RuneCountInString(src[s.i:j])
	s.i = j
	top := s.indents[len(s.indents)-1]
	altTop := s.altIndent[len(s.altIndent)-1]
	if s.blockKind != "" && colw <= top {
		col := nws + 1
		if colw < top {
			col = 0
		}
		end := j
		for end < len(src) && (isIdentChar(src[end]) || src[end] >= 0x80) {
			end++
		}
		endCol := 0
		if end > j && col > 0 {
			endCol = col + utf8.RuneCountInString(src[j:end])
		}
		s.fail("IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", s.blockKind, s.blockLine),
			s.line, col, endCol, false)
		s.res.openBlock = true
		return false
	}
	s.blockKind = ""
	switch {
	case colw == top:
		if alt != altTop {
			s.fail("TabError", "inconsistent use of tabs and spaces in indentation", s.line, 1, 0, false)
			return false
		}
	case colw > top:
		if alt <= altTop {
			s.fail("TabError", "inconsistent use of tabs and spaces in indentation", s.line, 1, 0, false)
			return false
		}
		if len(s.indents) >= maxIndent {
			s.fail("IndentationError", "too many levels of indentation", s.line, nws+1, 0, false)
			return false
		}
		s.indents = append(s.indents, colw)
		s.altIndent = append(s.altIndent, alt)
		s.emit(tokIndent, "<INDENT>", j, s.line, nws)
	default:
		n := 0
		for len(s.indents) > 1 && colw < s.indents[len(s.indents)-1] {
			s.indents = s.indents[:len(s.indents)-1]
			s.altIndent = s.altIndent[:len(s.altIndent)-1]
			n++
		}
		if colw != s.indents[len(s.indents)-1] {
			lt := lineText(s.src, s.line)
			s.fail("IndentationError", "unindent does not match any outer indentation level", s.line, utf8.RuneCountInString(lt)+1, 0, false)
			return false
		}
		if alt != s.altIndent[len(s.altIndent)-1] {
			s.fail("TabError", "inconsistent use of tabs and spaces in indentation", s.line, 1, 0, false)
			return false
		}
		for ; n > 0; n-- {
			s.emit(tokDedent, "<DEDENT>", j, s.line, nws+1)
		}
	}
	s.lineFirst = len(s.toks)
	return true
}

// eof finishes the stream at the end of input.
func (s *scanner) eof() {
	s.i = len(s.src)
	if n := len(s.brackets); n > 0 {
		b := s.brackets[n-1]
		s.res.eofBracket = true
		s.fail("SyntaxError", fmt.Sprintf("'%c' was never closed", b.ch), b.line, b.col, 0, false)
		return
	}
	if !s.atBOL {
		s.endLogicalLine(s.i, s.line, s.col(s.i))
	}
	if s.blockKind != "" {
		// The input ended right after a block header.
		s.res.openBlock = true
		nl := s.toks[len(s.toks)-1]
		line, col := nl.Pos.Line, nl.Pos.Column
		if ll := s.lastLine(); ll > line {
			line, col = ll, 1
		}
		s.fail("IndentationError", fmt.Sprintf("expected an indented block after %s on line %d", s.blockKind, s.blockLine),
			line, col, 0, false)
		return
	}
	if len(s.indents) > 1 {
		s.res.openBlock = true
	}
	// CPython places the DEDENTs at EOF where the last NEWLINE is.
	dl, dc := s.line, s.col(s.i)
	if n := len(s.toks); n > 0 && s.toks[n-1].Type == tokNewline {
		dl, dc = s.toks[n-1].Pos.Line, s.toks[n-1].Pos.Column
	}
	for len(s.indents) > 1 {
		s.indents = s.indents[:len(s.indents)-1]
		s.emit(tokDedent, "<DEDENT>", s.i, dl, dc)
	}
	s.emit(lexer.EOF, "", s.i, dl, dc)
}

func isIdentStart(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
}

func isIdentChar(c byte) bool {
	return isIdentStart(c) || c >= '0' && c <= '9'
}

func isIdentStartRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
}

func isIdentRune(r rune) bool {
	return isIdentStartRune(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) ||
		unicode.Is(unicode.Nd, r) || unicode.Is(unicode.Pc, r) || unicode.Is(unicode.Other_ID_Continue, r)
}

// name scans an identifier, keyword, or a string with a prefix.
func (s *scanner) name() bool {
	src := s.src
	start := s.i
	j := s.i
	ascii := true
	for j < len(src) {
		c := src[j]
		if isIdentChar(c) {
			j++
			continue
		}
		if c < 0x80 {
			break
		}
		r, size := utf8.DecodeRuneInString(src[j:])
		if !isIdentRune(r) {
			// CPython treats every non-ASCII character as a potential
			// identifier character and then rejects the identifier.
			s.i = j
			s.badChar(r, j)
			return false
		}
		ascii = false
		j += size
	}
	word := src[start:j]
	if j < len(src) && (src[j] == '"' || src[j] == '\'') && len(word) <= 2 && isStringPrefix(word) {
		return s.str(start)
	}
	s.i = j
	col := s.col(start)
	switch {
	case ascii && keywords[word]:
		s.emit(tokKeyword, word, start, s.line, col)
	default:
		s.emit(tokName, word, start, s.line, col)
	}
	return true
}

// isStringPrefix reports whether p is a valid string prefix (any case).
func isStringPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "r", "u", "b", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// str scans a string literal whose prefix starts at start; s.i is at the
// prefix or the opening quote.
func (s *scanner) str(start int) bool {
	src := s.src
	q := start
	for src[q] != '"' && src[q] != '\'' {
		q++
	}
	quote := src[q]
	triple := q+2 < len(src) && src[q+1] == quote && src[q+2] == quote
	startLine, startCol := s.line, s.col(start)
	j := q + 1
	if triple {
		j = q + 3
	}
	line, lineStart := s.line, s.lineStart
	for {
		if j >= len(src) {
			if triple {
				s.res.triple = true
				s.fail("SyntaxError", fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", s.lastLine()),
					startLine, startCol, startCol, true)
			} else {
				s.fail("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", line),
					startLine, startCol, startCol, true)
			}
			return false
		}
		c := src[j]
		switch {
		case c == '\\':
			j++
			if j < len(src) && src[j] == '\n' {
				line++
				lineStart = j + 1
			}
			if j < len(src) {
				j++
			}
			continue
		case c == '\n':
			if !triple {
				s.fail("SyntaxError", fmt.Sprintf("unterminated string literal (detected at line %d)", line),
					startLine, startCol, startCol, true)
				return false
			}
			line++
			lineStart = j + 1
		case c == quote:
			if !triple {
				j++
				goto done
			}
			if j+2 < len(src) && src[j+1] == quote && src[j+2] == quote {
				j += 3
				goto done
			}
		}
		j++
	}
done:
	s.emit(tokString, src[start:j], start, startLine, startCol)
	s.i = j
	if line != s.line {
		s.line = line
		s.lineStart = lineStart
		s.colOff, s.colVal = lineStart, 1
	}
	return true
}

// operator scans an operator or delimiter.
func (s *scanner) operator() bool {
	src := s.src
	c := src[s.i]
	n := 1
	at := func(k int) byte {
		if s.i+k < len(src) {
			return src[s.i+k]
		}
		return 0
	}
	c1, c2 := at(1), at(2)
	switch c {
	case '*', '/', '<', '>':
		if c1 == c && c != '<' && c != '>' || (c == '<' || c == '>') && c1 == c {
			n = 2
			if c2 == '=' {
				n = 3
			}
		} else if c1 == '=' {
			n = 2
		}
	case '+', '%', '&', '|', '^', '@', '=', '!':
		if c1 == '=' {
			n = 2
		}
	case '-':
		if c1 == '=' || c1 == '>' {
			n = 2
		}
	case ':':
		if c1 == '=' {
			n = 2
		}
	case '.':
		if c1 == '.' && c2 == '.' {
			n = 3
		}
	case '(', '[', '{':
		col := s.col(s.i)
		if len(s.brackets) >= maxBrackets {
			s.fail("SyntaxError", "too many nested parentheses", s.line, col, col, true)
			return false
		}
		s.brackets = append(s.brackets, bracket{ch: c, line: s.line, col: col})
	case ')', ']', '}':
		col := s.col(s.i)
		if len(s.brackets) == 0 {
			s.fail("SyntaxError", fmt.Sprintf("unmatched '%c'", c), s.line, col, col, true)
			return false
		}
		b := s.brackets[len(s.brackets)-1]
		if !(b.ch == '(' && c == ')' || b.ch == '[' && c == ']' || b.ch == '{' && c == '}') {
			msg := fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, b.ch)
			if b.line != s.line {
				msg += fmt.Sprintf(" on line %d", b.line)
			}
			s.fail("SyntaxError", msg, s.line, col, col, true)
			return false
		}
		s.brackets = s.brackets[:len(s.brackets)-1]
	case ',', ';', '~':
	default:
		if c < 0x80 && c >= 0x20 && c != 0x7f {
			// '$', '?', '`': CPython lets the parser reject them.
			break
		}
		s.badChar(rune(c), s.i)
		return false
	}
	s.emit(tokOp, src[s.i:s.i+n], s.i, s.line, s.col(s.i))
	s.i += n
	return true
}

// numScanner mirrors the character-at-a-time number scanning of CPython's
// tokenizer, so that errors land on the same column.
type numScanner struct {
	s   *scanner
	cur int
}

func (n *numScanner) next() int {
	c := -1
	if n.cur < len(n.s.src) {
		c = int(n.s.src[n.cur])
	}
	n.cur++
	return c
}

func (n *numScanner) backup() { n.cur-- }

func (n *numScanner) peekIs(str string) bool {
	return strings.HasPrefix(n.s.src[min(n.cur, len(n.s.src)):], str)
}

func isDigit(c int) bool  { return c >= '0' && c <= '9' }
func isXDigit(c int) bool { return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' }

// errHere reports msg at the scanner's current position, as CPython's
// tokenizer syntaxerror() does.
func (n *numScanner) errHere(msg string) bool {
	col := n.s.col(n.cur) - 1
	n.s.i = n.cur
	n.s.fail("SyntaxError", msg, n.s.line, col, col, true)
	return false
}

// decimalTail scans digits with single underscores; it returns the first
// character after them, or -2 after reporting an error.
func (n *numScanner) decimalTail() int {
	for {
		c := n.next()
		for isDigit(c) {
			c = n.next()
		}
		if c != '_' {
			return c
		}
		c = n.next()
		if !isDigit(c) {
			n.backup()
			n.errHere("invalid decimal literal")
			return -2
		}
	}
}

// endOK is CPython's verify_end_of_number: a literal directly followed by a
// name character is an error unless it starts a keyword that may follow a
// number (`1if x else y`).
func (n *numScanner) endOK(c int, kind string) bool {
	r := false
	switch c {
	case 'a':
		r = n.peekIs("nd")
	case 'e':
		r = n.peekIs("lse")
	case 'f':
		r = n.peekIs("or")
	case 'i':
		r = n.peekIs("f") || n.peekIs("n") || n.peekIs("s")
	case 'o':
		r = n.peekIs("r")
	case 'n':
		r = n.peekIs("ot")
	}
	if r {
		return true
	}
	if c >= 0 && (c < 0x80 && isIdentChar(byte(c)) || c >= 0x80) {
		n.backup()
		return n.errHere("invalid " + kind + " literal")
	}
	return true
}

// number scans a numeric literal starting at s.i.
func (s *scanner) number() bool {
	start := s.i
	n := &numScanner{s: s, cur: s.i}
	ok := n.scan()
	if !ok {
		return false
	}
	s.i = n.cur
	s.emit(tokNumber, s.src[start:s.i], start, s.line, s.col(start))
	return true
}

// scan consumes one number; on success n.cur is just after it.
func (n *numScanner) scan() bool {
	c := n.next()
	if c == '.' {
		c = n.next()
		return n.fraction(c)
	}
	if c == '0' {
		c = n.next()
		switch c {
		case 'x', 'X':
			c = n.next()
			for {
				if c == '_' {
					c = n.next()
				}
				if !isXDigit(c) {
					n.backup()
					return n.errHere("invalid hexadecimal literal")
				}
				for isXDigit(c) {
					c = n.next()
				}
				if c != '_' {
					break
				}
			}
			if !n.endOK(c, "hexadecimal") {
				return false
			}
		case 'o', 'O', 'b', 'B':
			kind, max := "octal", '8'
			if c == 'b' || c == 'B' {
				kind, max = "binary", '2'
			}
			c = n.next()
			for {
				if c == '_' {
					c = n.next()
				}
				if c < '0' || c >= int(max) {
					if isDigit(c) {
						return n.errHere(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
					}
					n.backup()
					return n.errHere("invalid " + kind + " literal")
				}
				for c >= '0' && c < int(max) {
					c = n.next()
				}
				if c != '_' {
					break
				}
			}
			if isDigit(c) {
				return n.errHere(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
			}
			if !n.endOK(c, kind) {
				return false
			}
		default:
			nonzero := false
			for {
				if c == '_' {
					c = n.next()
					if !isDigit(c) {
						n.backup()
						return n.errHere("invalid decimal literal")
					}
				}
				if c != '0' {
					break
				}
				c = n.next()
			}
			zerosEnd := n.cur
			if isDigit(c) {
				nonzero = true
				c = n.decimalTail()
				if c == -2 {
					return false
				}
			}
			switch {
			case c == '.':
				c = n.next()
				return n.fraction(c)
			case c == 'e' || c == 'E':
				return n.exponent(c)
			case c == 'j' || c == 'J':
				return n.imaginary()
			case nonzero:
				n.backup()
				s := n.s
				startCol := s.col(s.i)
				endCol := s.col(zerosEnd) - 1
				s.i = n.cur
				s.fail("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
					s.line, startCol, endCol, true)
				return false
			}
			if !n.endOK(c, "decimal") {
				return false
			}
		}
		n.backup()
		return true
	}
	// Decimal.
	n.backup()
	c = n.decimalTail()
	if c == -2 {
		return false
	}
	if c == '.' {
		c = n.next()
		return n.fraction(c)
	}
	return n.afterFraction(c)
}

// fraction continues after the '.' of a float; c is the character after it.
func (n *numScanner) fraction(c int) bool {
	if isDigit(c) {
		n.backup()
		c = n.decimalTail()
		if c == -2 {
			return false
		}
	}
	return n.afterFraction(c)
}

func (n *numScanner) afterFraction(c int) bool {
	if c == 'e' || c == 'E' {
		return n.exponent(c)
	}
	if c == 'j' || c == 'J' {
		return n.imaginary()
	}
	if !n.endOK(c, "decimal") {
		return false
	}
	n.backup()
	return true
}

// exponent continues at the 'e' of an exponent (c is the 'e').
func (n *numScanner) exponent(e int) bool {
	c := n.next()
	if c == '+' || c == '-' {
		c = n.next()
		if !isDigit(c) {
			n.backup()
			return n.errHere("invalid decimal literal")
		}
	} else if !isDigit(c) {
		n.backup()
		if !n.endOK(e, "decimal") {
			return false
		}
		n.backup() // give back the 'e'
		return true
	}
	n.backup()
	c = n.decimalTail()
	if c == -2 {
		return false
	}
	if c == 'j' || c == 'J' {
		return n.imaginary()
	}
	if !n.endOK(c, "decimal") {
		return false
	}
	n.backup()
	return true
}

func (n *numScanner) imaginary() bool {
	c := n.next()
	if !n.endOK(c, "imaginary") {
		return false
	}
	n.backup()
	return true
}
