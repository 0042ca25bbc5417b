package parser

// This file defines Error, the syntax error every pyco front-end stage
// (lexer, parser, compiler's symbol pass) reports.

import "fmt"

// An Error is a SyntaxError (or one of its subclasses) found in source text.
// Its fields are what CPython's SyntaxError carries: the file, the 1-based
// line and column (in code points) of the offending token, the source line
// itself, and the message. EndCol, when non-zero, is the column just after
// the offending range (for `^^^` carets).
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string // CPython 3.11's wording, e.g. "invalid syntax"
	Filename string
	Pos      Pos
	EndCol   int
	Text     string // the source line, without its newline; or ""
}

// Error renders the error as `file:line:col: Kind: msg`, for Go callers.
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Pos.Line, e.Pos.Col, e.Kind, e.Msg)
}
