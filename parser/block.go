package parser

// This file defines the hand-parsed productions the statement grammar
// plugs in besides expressions: indented blocks and statement sequences
// (which call back into the participle statement parser one statement at a
// time, so that an error inside a statement is reported where it happens),
// parameter lists, class arguments and with-items.

import (
	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

type (
	// blockNode is an indented block or an inline simple-statement line.
	blockNode interface{ isBlock() }
	// paramsNode is a def parameter list.
	paramsNode interface{ isParams() }
	// argsNode is a class header's argument list (through ')').
	argsNode interface{ isArgs() }
	// withItemsNode is the item list of a with statement.
	withItemsNode interface{ isWithItems() }
)

type blockVal struct{ stmts []Stmt }
type paramsVal struct{ args *Arguments }
type argsVal struct {
	args []Expr
	kws  []*Keyword
}
type withItemsVal struct{ items []*WithItem }

func (*blockVal) isBlock()         {}
func (*paramsVal) isParams()       {}
func (*argsVal) isArgs()           {}
func (*withItemsVal) isWithItems() {}

// parseStatement parses one statement (a compound statement or a line of
// simple statements) and lowers it.
func parseStatement(lex *lexer.PeekingLexer) ([]Stmt, error) {
	g, err := stmtParser.ParseFromLexer(lex, participle.AllowTrailing(true))
	if err != nil {
		return nil, err
	}
	if g.Try != nil && len(g.Try.Handlers) == 0 && g.Try.Finally == nil {
		t := lex.Peek()
		e := tokenErr(t, false, nil)
		e.Msg = "expected 'except' or 'finally' block"
		return nil, e
	}
	return run(func() []Stmt { return lowerStmt(g) })
}

// parseStatements parses statements until a DEDENT or EOF.
func parseStatements(lex *lexer.PeekingLexer) ([]Stmt, error) {
	var out []Stmt
	for {
		t := lex.Peek()
		if t.Type == tokDedent || t.Type == lexer.EOF {
			return out, nil
		}
		if t.Type == tokIndent || t.Type == tokError {
			return nil, &tokenError{tok: *t}
		}
		s, err := parseStatement(lex)
		if err != nil {
			return nil, err
		}
		out = append(out, s...)
	}
}

func parseBlock(lex *lexer.PeekingLexer) (blockNode, error) {
	t := lex.Peek()
	if t.Type != tokNewline {
		if t.Type == tokError || !startsSimple(t) {
			return nil, &tokenError{tok: *t}
		}
		g, err := simpleParser.ParseFromLexer(lex, participle.AllowTrailing(true))
		if err != nil {
			return nil, err
		}
		stmts, err := run(func() []Stmt { return lowerSimple(g) })
		if err != nil {
			return nil, err
		}
		return &blockVal{stmts: stmts}, nil
	}
	lex.Next()
	if t := lex.Peek(); t.Type != tokIndent {
		return nil, &tokenError{tok: *t}
	}
	lex.Next()
	stmts, err := parseStatements(lex)
	if err != nil {
		return nil, err
	}
	if t := lex.Peek(); t.Type != tokDedent {
		return nil, &tokenError{tok: *t}
	}
	lex.Next()
	return &blockVal{stmts: stmts}, nil
}

// startsSimple reports whether t can start a simple statement.
func startsSimple(t *lexer.Token) bool {
	if startsExpr(t) || isOp(t, "*") {
		return true
	}
	if t.Type == tokKeyword {
		switch t.Value {
		case "pass", "break", "continue", "return", "raise", "global", "nonlocal",
			"del", "assert", "import", "from", "yield":
			return true
		}
	}
	return false
}

func parseParams(lex *lexer.PeekingLexer) (paramsNode, error) {
	if isOp(lex.Peek(), ")") {
		return nil, participle.NextMatch
	}
	p := &exprParser{lex: lex}
	return runLex(lex, func() paramsNode { return &paramsVal{args: p.parameters(true, ")")} })
}

func parseClassArgs(lex *lexer.PeekingLexer) (argsNode, error) {
	p := &exprParser{lex: lex}
	return runLex(lex, func() argsNode {
		args, kws, _ := p.callArgs(false)
		return &argsVal{args: args, kws: kws}
	})
}

// parseWithItems parses `with` items, trying the parenthesised form
// `with (a as b, c as d):` first, as CPython does.
func parseWithItems(lex *lexer.PeekingLexer) (withItemsNode, error) {
	if !startsExpr(lex.Peek()) {
		return nil, participle.NextMatch
	}
	if isOp(lex.Peek(), "(") {
		cp := lex.MakeCheckpoint()
		p := &exprParser{lex: lex}
		v, err := runLex(nil, func() withItemsNode {
			p.next()
			p.level++
			var items []*WithItem
			for {
				items = append(items, p.withItem())
				if !isOp(p.peek(), ",") {
					break
				}
				p.next()
				if isOp(p.peek(), ")") {
					break
				}
			}
			p.level--
			p.expectOp(")")
			if !isOp(p.peek(), ":") {
				p.fail(p.peek())
			}
			return &withItemsVal{items: items}
		})
		if err == nil {
			return v, nil
		}
		lex.LoadCheckpoint(cp)
	}
	p := &exprParser{lex: lex}
	return runLex(lex, func() withItemsNode {
		var items []*WithItem
		for {
			items = append(items, p.withItem())
			if !isOp(p.peek(), ",") {
				break
			}
			p.next()
		}
		return &withItemsVal{items: items}
	})
}

func (p *exprParser) withItem() *WithItem {
	it := &WithItem{ContextExpr: p.expression()}
	if isKw(p.peek(), "as") {
		p.next()
		it.OptionalVars = p.target()
		if t := p.peek(); !isOp(t, ",") && !isOp(t, ")") && !isOp(t, ":") {
			p.fail(t)
		}
		checkTarget(it.OptionalVars, "assign to")
	}
	return it
}
