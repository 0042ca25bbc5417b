package parser

// This file defines the package's entry points and the translation of
// every internal failure (lexer ErrorTokens, participle errors, raised
// *Error and *tokenError values, panics) into the one *Error that CPython
// 3.11 would report for the same input.

import (
	"fmt"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// ParseFile parses a whole file (CPython's "exec" mode). The error, if
// any, is always an *Error. ParseFile never panics.
func ParseFile(filename string, src []byte) (*Module, error) {
	return parse(filename, src)
}

// ParseInteractive parses one REPL input (CPython's "single" mode). For
// now it accepts exactly what ParseFile accepts.
func ParseInteractive(filename string, src []byte) (*Module, error) {
	return parse(filename, src)
}

func parse(filename string, src []byte) (mod *Module, err error) {
	text := string(src)
	defer func() {
		if r := recover(); r != nil {
			mod = nil
			err = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("internal parser error: %v", r),
				Filename: filename, Pos: Pos{Line: 1, Col: 1}}
		}
	}()
	buildParsers()
	res := lex(text)
	pl, lerr := lexer.Upgrade(&sliceLexer{toks: res.toks})
	if lerr != nil {
		return nil, finishError(&Error{Kind: "SyntaxError", Msg: lerr.Error()}, filename, res)
	}
	body, perr := parseStatements(pl)
	if perr == nil {
		if t := pl.Peek(); t.Type != lexer.EOF {
			perr = &tokenError{tok: *t}
		}
	}
	if perr != nil {
		return nil, finishError(classify(perr, res), filename, res)
	}
	return &Module{Filename: filename, Body: body}, nil
}

// classify turns any error from the parsing machinery into an *Error,
// without yet applying the lexer's priority rules.
func classify(err error, res *lexResult) *Error {
	switch e := err.(type) {
	case *Error:
		c := *e
		return &c
	case *tokenError:
		return tokenErr(&e.tok, false, res)
	case *participle.UnexpectedTokenError:
		wantColon := strings.Contains(e.Message(), `(expected ":"`)
		return tokenErr(&e.Unexpected, wantColon, res)
	case participle.Error:
		p := e.Position()
		return &Error{Kind: "SyntaxError", Msg: "invalid syntax", Pos: Pos{Line: p.Line, Col: p.Column}}
	}
	return &Error{Kind: "SyntaxError", Msg: "internal parser error: " + err.Error(), Pos: Pos{Line: 1, Col: 1}}
}

// tokenErr is the error for an unexpected token t.
func tokenErr(t *lexer.Token, wantColon bool, res *lexResult) *Error {
	p := tokPos(t)
	switch t.Type {
	case tokError:
		if res != nil && res.err != nil {
			c := *res.err
			return &c
		}
	case tokIndent:
		return &Error{Kind: "IndentationError", Msg: "unexpected indent", Pos: p}
	case tokDedent:
		return &Error{Kind: "IndentationError", Msg: "unexpected unindent", Pos: p}
	case lexer.EOF:
		return &Error{Kind: "SyntaxError", Msg: "unexpected EOF while parsing", Pos: p}
	case tokNewline:
		msg := "invalid syntax"
		if wantColon {
			msg = "expected ':'"
		}
		return &Error{Kind: "SyntaxError", Msg: msg, Pos: p, EndCol: p.Col}
	}
	e := &Error{Kind: "SyntaxError", Msg: "invalid syntax", Pos: p}
	if end := tokEnd(t); end.Line == p.Line {
		e.EndCol = end.Col
	}
	return e
}

// finishError applies CPython's precedence between parser and tokenizer
// errors and fills in the file name and source line.
func finishError(e *Error, filename string, res *lexResult) *Error {
	if le := res.err; le != nil && *le != *e {
		indent := e.Kind == "IndentationError" && (e.Msg == "unexpected indent" || e.Msg == "unexpected unindent")
		switch {
		case res.priority && !indent:
			c := *le
			e = &c
		case res.eofBracket && !indent && after(e.Pos, le.Pos) &&
			(strings.Contains(e.Msg, "Perhaps you forgot a comma") || e.Pos.Line > le.Pos.Line):
			c := *le
			e = &c
		}
	}
	e.Filename = filename
	if e.Text == "" && e.Pos.Line > 0 {
		e.Text = lineText(srcOf(res), e.Pos.Line)
	}
	return e
}

// after reports whether a is at or after b.
func after(a, b Pos) bool {
	return a.Line > b.Line || a.Line == b.Line && a.Col >= b.Col
}

// srcOf reconstructs nothing: the lexer keeps the normalised source.
func srcOf(res *lexResult) string { return res.src }
