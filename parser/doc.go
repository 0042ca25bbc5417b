// Package parser turns Python 3 source text into an abstract syntax tree.
//
// It is the first stage of pyco's pipeline (parser -> compiler -> vm) and
// imports nothing else of pyco. The stage has three parts:
//
//   - a hand-written lexer (lexer.go, token.go) that implements
//     participle's lexer.Definition and produces Python's token stream,
//     synthesising NEWLINE, INDENT and DEDENT and joining lines inside
//     brackets. String literals stay raw tokens (decoded in strings.go).
//     A lexical error becomes one ErrorToken followed by EOF, so the parse
//     fails where CPython's does; the lexer also emits that ErrorToken for
//     "expected an indented block after ..." when a header line ending in
//     ':' is not followed by a deeper line;
//   - a participle grammar for statements (grammar.go), built with
//     lookahead 0 so that any alternative that consumed a token commits and
//     its error surfaces where it happened. Expressions are parsed by hand
//     with precedence climbing (expr.go) behind participle.ParseTypeWith, as
//     are parameter lists, with-items and blocks (block.go): a block parses
//     its statements one at a time by calling the participle statement
//     parser in a loop;
//   - lowering (lower.go) into the AST of ast.go, whose node names follow
//     Python's own `ast` module, with the target checks participle cannot
//     express ("cannot assign to literal", ...).
//
// Every failure is reported as an *Error carrying CPython 3.11's message,
// file, line, column, end column and source line; participle's error types
// never leave the package. parse.go applies CPython's precedence between
// errors: tokenizer errors such as unterminated strings, bad number
// literals, bad brackets and invalid characters win over an earlier parse
// error; "'(' was never closed" wins over parse errors on later lines.
// F-string errors are positioned at the real source location of the field
// (CPython 3.11 reports positions relative to the field text).
//
// Entry points recover from internal panics and report them as errors, so
// no input can crash the caller; nesting is bounded (200 brackets, 100
// indentation levels, 1000 expression levels), so none can overflow the
// stack either.
package parser
