// Package parser turns Python 3 source text into an abstract syntax tree.
//
// It is the first stage of pyco's pipeline (parser -> compiler -> vm) and
// imports nothing else of pyco. The stage has three parts:
//
//   - a hand-written lexer (lexer.go) that implements participle's
//     lexer.Definition and produces Python's token stream, synthesising
//     NEWLINE, INDENT and DEDENT and joining lines inside brackets; lexical
//     errors become ERRORTOKEN tokens so the parse fails where CPython's
//     does;
//   - a participle grammar for statements, with the expression layer parsed
//     by hand with precedence climbing behind participle.ParseTypeWith;
//   - lowering into the AST of ast.go, whose node names follow Python's own
//     `ast` module.
//
// Every failure is reported as an *Error carrying CPython's message, file,
// line, column and source line; participle's error types never leave the
// package. Entry points recover from internal panics and report them as
// errors, so no input can crash the caller.
package parser
