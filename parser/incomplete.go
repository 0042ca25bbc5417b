package parser

// This file defines Incomplete, the REPL's "needs more input" check.

import "strings"

// Incomplete reports whether src is an unfinished REPL input: a bracket is
// still open, a triple-quoted string is unterminated, the last line ends
// with a backslash, or a compound statement has been opened and the last
// line is not blank (CPython's "a blank line ends a compound statement").
// A complete input, valid or not, gives false; parsing it then reports the
// result or the error.
func Incomplete(src []byte) bool {
	res := lex(string(src))
	if res.eofBracket || res.triple || res.contLine {
		return true
	}
	if !res.openBlock {
		return false
	}
	text := strings.TrimSuffix(res.src, "\n")
	last := text
	if i := strings.LastIndexByte(text, '\n'); i >= 0 {
		last = text[i+1:]
	}
	if strings.HasSuffix(res.src, "\n\n") || strings.TrimSpace(last) == "" && strings.Contains(text, "\n") {
		return false
	}
	return true
}
