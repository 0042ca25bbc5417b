package parser

// This file defines the token types the lexer produces, the participle
// lexer.Definition that exposes them, and small helpers on tokens.

import (
	"io"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// The token types. Keywords have their own type so that a grammar literal
// such as 'if' can never match an identifier; operators and delimiters share
// tokOp and are matched by value.
const (
	tokName    lexer.TokenType = iota + 1 // identifier (including soft keywords)
	tokKeyword                            // hard keyword: if, def, None, ...
	tokNumber                             // numeric literal, as written
	tokString                             // one string literal, prefix and quotes included
	tokOp                                 // operator or delimiter
	tokNewline                            // end of a logical line
	tokIndent                             // indentation increased
	tokDedent                             // indentation decreased
	tokError                              // lexical error; the lexer's *Error says which
)

// symbols maps the names used in grammar tags to token types.
var symbols = map[string]lexer.TokenType{
	"EOF":        lexer.EOF,
	"Name":       tokName,
	"Keyword":    tokKeyword,
	"Number":     tokNumber,
	"String":     tokString,
	"Op":         tokOp,
	"Newline":    tokNewline,
	"Indent":     tokIndent,
	"Dedent":     tokDedent,
	"ErrorToken": tokError,
}

// tokenTypeName returns the symbolic name of a token type, for tests and
// debugging.
func tokenTypeName(t lexer.TokenType) string {
	for name, tt := range symbols {
		if tt == t {
			return name
		}
	}
	return "?"
}

// keywords is the set of Python 3.11 hard keywords.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true,
	"assert": true, "async": true, "await": true, "break": true,
	"class": true, "continue": true, "def": true, "del": true, "elif": true,
	"else": true, "except": true, "finally": true, "for": true, "from": true,
	"global": true, "if": true, "import": true, "in": true, "is": true,
	"lambda": true, "nonlocal": true, "not": true, "or": true, "pass": true,
	"raise": true, "return": true, "try": true, "while": true, "with": true,
	"yield": true,
}

// Definition is pyco's Python lexer as a participle lexer.Definition. The
// zero value is ready to use. Lexing never fails: a lexical error becomes an
// ErrorToken followed by EOF, so that the parser decides which error to
// report (see doc.go).
type Definition struct{}

// Symbols implements lexer.Definition.
func (Definition) Symbols() map[string]lexer.TokenType { return symbols }

// Lex implements lexer.Definition.
func (d Definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexBytes(filename, b)
}

// LexString implements lexer.StringDefinition.
func (Definition) LexString(filename string, input string) (lexer.Lexer, error) {
	res := lex(input)
	return &sliceLexer{toks: res.toks}, nil
}

// LexBytes implements lexer.BytesDefinition.
func (d Definition) LexBytes(filename string, input []byte) (lexer.Lexer, error) {
	return d.LexString(filename, string(input))
}

// sliceLexer replays an already lexed token slice to participle.
type sliceLexer struct {
	toks []lexer.Token
	i    int
}

// Next implements lexer.Lexer; after the last token it keeps returning it
// (which is always EOF).
func (l *sliceLexer) Next() (lexer.Token, error) {
	if l.i >= len(l.toks) {
		return lexer.Token{Type: lexer.EOF}, nil
	}
	t := l.toks[l.i]
	if l.i < len(l.toks)-1 {
		l.i++
	}
	return t, nil
}

// tokPos converts a token position to an AST position.
func tokPos(t *lexer.Token) Pos { return Pos{Line: t.Pos.Line, Col: t.Pos.Column} }

// tokEnd returns the position just after the token's text.
func tokEnd(t *lexer.Token) Pos {
	v := t.Value
	switch t.Type {
	case tokNewline, tokIndent, tokDedent, tokError, lexer.EOF:
		return tokPos(t)
	}
	line, col := t.Pos.Line, t.Pos.Column
	last := 0
	for i := 0; i < len(v); i++ {
		if v[i] == '\n' {
			line++
			last = i + 1
			col = 1
		}
	}
	return Pos{Line: line, Col: col + utf8.RuneCountInString(v[last:])}
}
