package parser

// This file defines the hand-written expression parser: precedence
// climbing for binary operators, recursive descent for everything else
// (atoms, displays, comprehensions, calls, subscripts, lambdas, yield),
// running directly on participle's PeekingLexer. The statement grammar
// calls it through participle.ParseTypeWith (see grammar.go).
//
// Errors are raised by panicking with *Error (a specific CPython message)
// or *tokenError (a generic "invalid syntax" at a token, classified later
// by errors.go); the entry points recover them into ordinary errors.

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// maxExprDepth bounds the recursion of the expression parser so that no
// input can overflow the Go stack.
const maxExprDepth = 1000

// A tokenError is a generic syntax error at a token: "invalid syntax",
// unless the token itself says otherwise (INDENT, ErrorToken, ...).
type tokenError struct {
	tok lexer.Token
}

func (e *tokenError) Error() string { return fmt.Sprintf("unexpected token %q", e.tok.Value) }

// An exprParser parses expressions from a token stream.
type exprParser struct {
	lex   *lexer.PeekingLexer
	depth int // recursion depth, bounded by maxExprDepth
	level int // bracket nesting, as CPython's tokenizer counts it
	// fstring is non-zero while parsing an f-string replacement field.
	fstring int
}

func isOp(t *lexer.Token, v string) bool { return t.Type == tokOp && t.Value == v }
func isKw(t *lexer.Token, v string) bool { return t.Type == tokKeyword && t.Value == v }

func (p *exprParser) peek() *lexer.Token { return p.lex.Peek() }
func (p *exprParser) next() *lexer.Token { return p.lex.Next() }

// peek2 returns the token after the next one.
func (p *exprParser) peek2() *lexer.Token {
	cp := p.lex.MakeCheckpoint()
	p.lex.Next()
	t := p.lex.Peek()
	p.lex.LoadCheckpoint(cp)
	return t
}

// fail raises a generic syntax error at t.
func (p *exprParser) fail(t *lexer.Token) {
	panic(&tokenError{tok: *t})
}

// errRange raises msg for the source range [from, to).
func (p *exprParser) errRange(from, to Pos, msg string) {
	e := &Error{Kind: "SyntaxError", Msg: msg, Pos: from}
	if to.Line == from.Line {
		e.EndCol = to.Col
	}
	panic(e)
}

// errNode raises msg at the span of n.
func (p *exprParser) errNode(n Expr, msg string) {
	p.errRange(n.Start(), endOf(n), msg)
}

// expect consumes the operator v or raises a syntax error.
func (p *exprParser) expectOp(v string) *lexer.Token {
	t := p.peek()
	if !isOp(t, v) {
		p.fail(t)
	}
	return p.next()
}

func (p *exprParser) enter() {
	p.depth++
	if p.depth > maxExprDepth {
		t := p.peek()
		panic(&Error{Kind: "SyntaxError", Msg: "too many nested parentheses", Pos: tokPos(t)})
	}
}

func (p *exprParser) leave() { p.depth-- }

// endOf returns where an expression ends.
func endOf(e Expr) Pos {
	if s, ok := e.(interface{ EndPos() Pos }); ok {
		return s.EndPos()
	}
	return e.Start()
}

// EndPos returns where the node ends (just after its last character).
func (s Span) EndPos() Pos { return s.End }

func span(from, to Pos) Span { return Span{Pos: from, End: to} }

// startsExpr reports whether t can begin an expression.
func startsExpr(t *lexer.Token) bool {
	switch t.Type {
	case tokName, tokNumber, tokString:
		return true
	case tokKeyword:
		switch t.Value {
		case "not", "lambda", "await", "None", "True", "False":
			return true
		}
	case tokOp:
		switch t.Value {
		case "(", "[", "{", "-", "+", "~", "...":
			return true
		}
	}
	return false
}

// startsAdjacent reports whether t, directly after a complete expression
// inside brackets, starts another expression (CPython's "Perhaps you forgot
// a comma?" check).
func startsAdjacent(t *lexer.Token) bool {
	switch t.Type {
	case tokName, tokNumber, tokString:
		return true
	case tokKeyword:
		switch t.Value {
		case "not", "lambda", "await", "None", "True", "False":
			return true
		}
	case tokOp:
		switch t.Value {
		case "{", "~", "...":
			return true
		}
	}
	return false
}

// run calls f, converting a raised error into a returned one.
func run[T any](f func() T) (res T, err error) {
	return runLex(nil, f)
}

// runLex is run for a function reading lex. On error it makes sure lex has
// advanced, so that participle (with lookahead 0) commits to the error
// instead of trying another alternative.
func runLex[T any](lex *lexer.PeekingLexer, f func() T) (res T, err error) {
	var start lexer.RawCursor
	if lex != nil {
		start = lex.RawCursor()
	}
	defer func() {
		if err != nil && lex != nil && lex.RawCursor() == start && !lex.Peek().EOF() {
			lex.Next()
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			switch e := r.(type) {
			case *Error:
				err = e
			case *tokenError:
				err = e
			default:
				panic(r)
			}
		}
	}()
	return f(), nil
}

// --- entry points used by the statement grammar ---

// Each of these named interface types is a distinct participle production
// parsed by hand.
type (
	// testExpr is CPython's `expression`: no walrus, no starred.
	testExpr interface{ Expr }
	// namedExpr is `named_expression`: an expression or `NAME := expr`.
	namedExpr interface{ Expr }
	// starExprs is `star_expressions`: a tuple without parentheses.
	starExprs interface{ Expr }
	// yieldOrStar is `yield_expr | star_expressions`.
	yieldOrStar interface{ Expr }
	// targetList is `star_targets` (for loop targets).
	targetList interface{ Expr }
)

func parseTestExpr(lex *lexer.PeekingLexer) (testExpr, error) {
	if !startsExpr(lex.Peek()) {
		return nil, participle.NextMatch
	}
	p := &exprParser{lex: lex}
	return runLex(lex, func() testExpr { return p.expression() })
}

func parseNamedExpr(lex *lexer.PeekingLexer) (namedExpr, error) {
	if !startsExpr(lex.Peek()) {
		return nil, participle.NextMatch
	}
	p := &exprParser{lex: lex}
	return runLex(lex, func() namedExpr { return p.namedExpression(true) })
}

func parseStarExprs(lex *lexer.PeekingLexer) (starExprs, error) {
	if t := lex.Peek(); !startsExpr(t) && !isOp(t, "*") {
		return nil, participle.NextMatch
	}
	p := &exprParser{lex: lex}
	return runLex(lex, func() starExprs { return p.starExpressions() })
}

func parseYieldOrStar(lex *lexer.PeekingLexer) (yieldOrStar, error) {
	t := lex.Peek()
	if isKw(t, "yield") {
		p := &exprParser{lex: lex}
		return runLex(lex, func() yieldOrStar { return p.yieldExpr() })
	}
	if !startsExpr(t) && !isOp(t, "*") {
		return nil, participle.NextMatch
	}
	p := &exprParser{lex: lex}
	return runLex(lex, func() yieldOrStar { return p.starExpressions() })
}

func parseTargetList(lex *lexer.PeekingLexer) (targetList, error) {
	if t := lex.Peek(); !startsExpr(t) && !isOp(t, "*") {
		return nil, participle.NextMatch
	}
	p := &exprParser{lex: lex}
	return runLex(lex, func() targetList { return p.targetList() })
}

// --- expression levels ---

// starExpressions parses `star_expressions`.
func (p *exprParser) starExpressions() Expr {
	return p.commaTuple(p.starExpression)
}

// commaTuple parses item {',' item} [','], stopping after a comma that
// no expression or '*' follows: the lone item when no comma follows it,
// otherwise a Tuple of the items.
func (p *exprParser) commaTuple(item func() Expr) Expr {
	first := item()
	if !isOp(p.peek(), ",") {
		return first
	}
	elts := []Expr{first}
	end := endOf(first)
	for isOp(p.peek(), ",") {
		end = tokEnd(p.next())
		if t := p.peek(); !startsExpr(t) && !isOp(t, "*") {
			break
		}
		e := item()
		elts = append(elts, e)
		end = endOf(e)
	}
	return &Tuple{Span: span(first.Start(), end), Elts: elts}
}

func (p *exprParser) starExpression() Expr {
	if e := p.starredBitwiseOr(); e != nil {
		return e
	}
	return p.expression()
}

func (p *exprParser) starNamedExpression() Expr {
	if e := p.starredBitwiseOr(); e != nil {
		return e
	}
	return p.namedExpression(true)
}

// starredBitwiseOr parses '*' bitwise_or as a Starred, or returns nil
// when no '*' comes next.
func (p *exprParser) starredBitwiseOr() Expr {
	if t := p.peek(); isOp(t, "*") {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Span: span(tokPos(t), endOf(v)), Value: v}
	}
	return nil
}

// namedExpression parses `named_expression`. With checkEq, a following '='
// is diagnosed as CPython's invalid_named_expression does.
func (p *exprParser) namedExpression(checkEq bool) Expr {
	e := p.expression()
	t := p.peek()
	if isOp(t, ":=") {
		if _, ok := e.(*Name); !ok {
			p.errNode(e, "cannot use assignment expressions with "+exprName(e))
		}
		p.next()
		v := p.expression()
		return &NamedExpr{Span: span(e.Start(), endOf(v)), Target: e, Value: v}
	}
	if checkEq && isOp(t, "=") {
		p.diagnoseEq(e)
	}
	return e
}

// diagnoseEq reports `a = b` where only an expression may appear.
func (p *exprParser) diagnoseEq(e Expr) {
	eq := p.peek()
	cp := p.lex.MakeCheckpoint()
	p.next()
	if startsExpr(p.peek()) {
		b := p.bitwiseOr()
		if t := p.peek(); !isOp(t, "=") && !isOp(t, ":=") {
			if _, ok := e.(*Name); ok {
				p.errRange(e.Start(), endOf(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
			}
			if isBitwiseLevel(e) && !isDisplayOrSingleton(e) {
				p.errNode(e, "cannot assign to "+exprName(e)+" here. Maybe you meant '==' instead of '='?")
			}
		}
	}
	p.lex.LoadCheckpoint(cp)
	p.fail(eq)
}

// isBitwiseLevel reports whether e could have been parsed by bitwise_or.
func isBitwiseLevel(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *NamedExpr, *Starred:
		return false
	case *UnaryOp:
		return e.Op != Not
	}
	return true
}

// isDisplayOrSingleton is CPython's !(list|tuple|genexp|True|None|False).
func isDisplayOrSingleton(e Expr) bool {
	switch e := e.(type) {
	case *List, *Tuple, *GeneratorExp:
		return true
	case *Constant:
		return e.Kind == ConstNone || e.Kind == ConstTrue || e.Kind == ConstFalse
	}
	return false
}

// expression parses `expression`: a conditional expression or a lambda.
func (p *exprParser) expression() Expr {
	p.enter()
	defer p.leave()
	if isKw(p.peek(), "lambda") {
		return p.lambda()
	}
	body := p.disjunction()
	t := p.peek()
	if isKw(t, "if") {
		p.next()
		test := p.disjunction()
		if !isKw(p.peek(), "else") {
			if nt := p.peek(); !isOp(nt, ":") {
				p.errRange(body.Start(), endOf(test), "expected 'else' after 'if' expression")
			}
			p.fail(p.peek())
		}
		p.next()
		orelse := p.expression()
		return &IfExp{Span: span(body.Start(), endOf(orelse)), Test: test, Body: body, Orelse: orelse}
	}
	if n, ok := body.(*Name); ok && (n.Id == "print" || n.Id == "exec") && startsAdjacent(t) {
		p.legacyCall(n)
	}
	if p.level > 0 && startsAdjacent(t) {
		p.forgotComma(body)
	}
	return body
}

// legacyCall reports Python 2's `print x` and `exec code`.
func (p *exprParser) legacyCall(n *Name) {
	cp := p.lex.MakeCheckpoint()
	end := tokEnd(p.peek())
	func() {
		defer func() { recover() }()
		b := p.starExpressions()
		end = endOf(b)
	}()
	p.lex.LoadCheckpoint(cp)
	p.errRange(n.Start(), end, fmt.Sprintf("Missing parentheses in call to '%s'. Did you mean %s(...)?", n.Id, n.Id))
}

// forgotComma reports two adjacent expressions inside brackets.
func (p *exprParser) forgotComma(a Expr) {
	t := p.peek()
	if n, ok := a.(*Name); ok && (t.Type == tokString || n.Id == "print" || n.Id == "exec") {
		p.fail(t)
	}
	cp := p.lex.MakeCheckpoint()
	end := tokEnd(t)
	func() {
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(*Error); ok {
					if e := r.(*Error); strings.Contains(e.Msg, "forgot a comma") {
						end = Pos{Line: e.Pos.Line, Col: e.EndCol}
					}
				}
			}
		}()
		level := p.level
		p.level = 0
		b := p.disjunction()
		p.level = level
		end = endOf(b)
	}()
	p.lex.LoadCheckpoint(cp)
	p.errRange(a.Start(), end, "invalid syntax. Perhaps you forgot a comma?")
}

func (p *exprParser) disjunction() Expr {
	first := p.conjunction()
	if !isKw(p.peek(), "or") {
		return first
	}
	vals := []Expr{first}
	for isKw(p.peek(), "or") {
		p.next()
		vals = append(vals, p.conjunction())
	}
	return &BoolOp{Span: span(first.Start(), endOf(vals[len(vals)-1])), Op: Or, Values: vals}
}

func (p *exprParser) conjunction() Expr {
	first := p.inversion()
	if !isKw(p.peek(), "and") {
		return first
	}
	vals := []Expr{first}
	for isKw(p.peek(), "and") {
		p.next()
		vals = append(vals, p.inversion())
	}
	return &BoolOp{Span: span(first.Start(), endOf(vals[len(vals)-1])), Op: And, Values: vals}
}

func (p *exprParser) inversion() Expr {
	if t := p.peek(); isKw(t, "not") {
		p.enter()
		defer p.leave()
		p.next()
		v := p.inversion()
		return &UnaryOp{Span: span(tokPos(t), endOf(v)), Op: Not, Operand: v}
	}
	return p.comparison()
}

// cmpOp recognises a comparison operator at the current token, consuming it.
func (p *exprParser) cmpOp() (CmpOperator, bool) {
	t := p.peek()
	var op CmpOperator
	switch {
	case t.Type == tokOp:
		switch t.Value {
		case "==":
			op = Eq
		case "!=":
			op = NotEq
		case "<":
			op = Lt
		case "<=":
			op = LtE
		case ">":
			op = Gt
		case ">=":
			op = GtE
		default:
			return 0, false
		}
	case isKw(t, "in"):
		op = In
	case isKw(t, "is"):
		p.next()
		if isKw(p.peek(), "not") {
			p.next()
			return IsNot, true
		}
		return Is, true
	case isKw(t, "not"):
		if !isKw(p.peek2(), "in") {
			return 0, false
		}
		p.next()
		p.next()
		return NotIn, true
	default:
		return 0, false
	}
	p.next()
	return op, true
}

func (p *exprParser) comparison() Expr {
	left := p.bitwiseOr()
	op, ok := p.cmpOp()
	if !ok {
		return left
	}
	c := &Compare{Left: left}
	for ok {
		c.Ops = append(c.Ops, op)
		c.Comparators = append(c.Comparators, p.bitwiseOr())
		op, ok = p.cmpOp()
	}
	c.Span = span(left.Start(), endOf(c.Comparators[len(c.Comparators)-1]))
	return c
}

// binOp returns the operator and precedence of a binary operator token.
func binOp(t *lexer.Token) (Operator, int, bool) {
	if t.Type != tokOp {
		return 0, 0, false
	}
	switch t.Value {
	case "|":
		return BitOr, 1, true
	case "^":
		return BitXor, 2, true
	case "&":
		return BitAnd, 3, true
	case "<<":
		return LShift, 4, true
	case ">>":
		return RShift, 4, true
	case "+":
		return Add, 5, true
	case "-":
		return Sub, 5, true
	case "*":
		return Mult, 6, true
	case "/":
		return Div, 6, true
	case "//":
		return FloorDiv, 6, true
	case "%":
		return Mod, 6, true
	case "@":
		return MatMult, 6, true
	}
	return 0, 0, false
}

func (p *exprParser) bitwiseOr() Expr { return p.binary(1) }

// binary is precedence climbing over the left-associative binary operators.
func (p *exprParser) binary(minPrec int) Expr {
	p.enter()
	defer p.leave()
	left := p.factor()
	for {
		op, prec, ok := binOp(p.peek())
		if !ok || prec < minPrec {
			return left
		}
		p.next()
		right := p.binary(prec + 1)
		left = &BinOp{Span: span(left.Start(), endOf(right)), Left: left, Op: op, Right: right}
	}
}

// factor parses unary + - ~ and the power operator.
func (p *exprParser) factor() Expr {
	t := p.peek()
	if t.Type == tokOp && (t.Value == "-" || t.Value == "+" || t.Value == "~") {
		p.enter()
		defer p.leave()
		p.next()
		v := p.factor()
		op := USub
		switch t.Value {
		case "+":
			op = UAdd
		case "~":
			op = Invert
		}
		return &UnaryOp{Span: span(tokPos(t), endOf(v)), Op: op, Operand: v}
	}
	base := p.awaitPrimary()
	if isOp(p.peek(), "**") {
		p.enter()
		defer p.leave()
		p.next()
		exp := p.factor()
		return &BinOp{Span: span(base.Start(), endOf(exp)), Left: base, Op: Pow, Right: exp}
	}
	return base
}

func (p *exprParser) awaitPrimary() Expr {
	if t := p.peek(); isKw(t, "await") {
		p.next()
		v := p.primary()
		return &Await{Span: span(tokPos(t), endOf(v)), Value: v}
	}
	return p.primary()
}

// primary parses an atom followed by attribute, call and subscript trailers.
func (p *exprParser) primary() Expr {
	e := p.atom()
	for {
		t := p.peek()
		if t.Type != tokOp {
			return e
		}
		switch t.Value {
		case ".":
			p.next()
			n := p.peek()
			if n.Type != tokName {
				p.fail(n)
			}
			p.next()
			e = &Attribute{Span: span(e.Start(), tokEnd(n)), Value: e, Attr: n.Value}
		case "(":
			p.next()
			args, kws, end := p.callArgs(true)
			e = &Call{Span: span(e.Start(), end), Func: e, Args: args, Keywords: kws}
		case "[":
			p.next()
			p.level++
			s := p.slices()
			p.level--
			end := tokEnd(p.expectOp("]"))
			e = &Subscript{Span: span(e.Start(), end), Value: e, Slice: s}
		default:
			return e
		}
	}
}

// slices parses the inside of a subscript.
func (p *exprParser) slices() Expr {
	first := p.slice()
	if !isOp(p.peek(), ",") {
		return first
	}
	elts := []Expr{first}
	end := endOf(first)
	for isOp(p.peek(), ",") {
		end = tokEnd(p.next())
		if isOp(p.peek(), "]") {
			break
		}
		e := p.slice()
		elts = append(elts, e)
		end = endOf(e)
	}
	return &Tuple{Span: span(first.Start(), end), Elts: elts}
}

func (p *exprParser) slice() Expr {
	t := p.peek()
	if isOp(t, "*") {
		p.next()
		v := p.bitwiseOr()
		return &Starred{Span: span(tokPos(t), endOf(v)), Value: v}
	}
	var lower Expr
	if !isOp(t, ":") {
		lower = p.namedExpression(true)
		if !isOp(p.peek(), ":") {
			return lower
		}
	}
	start := tokPos(t)
	end := tokEnd(p.next()) // ':'
	s := &Slice{Lower: lower}
	if startsExpr(p.peek()) {
		s.Upper = p.expression()
		end = endOf(s.Upper)
	}
	if isOp(p.peek(), ":") {
		end = tokEnd(p.next())
		if startsExpr(p.peek()) {
			s.Step = p.expression()
			end = endOf(s.Step)
		}
	}
	s.Span = span(start, end)
	return s
}

// callArgs parses call arguments after '(' up to and including ')'.
func (p *exprParser) callArgs(genexpOK bool) (args []Expr, kws []*Keyword, end Pos) {
	p.level++
	defer func() { p.level-- }()
	sawKw, sawDoubleStar := false, false
	for !isOp(p.peek(), ")") {
		t := p.peek()
		switch {
		case isOp(t, "*"):
			p.next()
			v := p.expression()
			s := &Starred{Span: span(tokPos(t), endOf(v)), Value: v}
			if sawDoubleStar {
				p.errRange(tokPos(t), tokEnd(t), "iterable argument unpacking follows keyword argument unpacking")
			}
			args = append(args, s)
		case isOp(t, "**"):
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Span: span(tokPos(t), endOf(v)), Value: v})
			sawDoubleStar = true
		case t.Type == tokName && isOp(p.peek2(), "="):
			p.next()
			p.next()
			v := p.expression()
			kws = append(kws, &Keyword{Span: span(tokPos(t), endOf(v)), Arg: t.Value, Value: v})
			sawKw = true
		case t.Type == tokKeyword && (t.Value == "True" || t.Value == "False" || t.Value == "None") && isOp(p.peek2(), "="):
			p.errRange(tokPos(t), tokEnd(p.peek2()), "cannot assign to "+t.Value)
		default:
			if !startsExpr(t) {
				p.fail(t)
			}
			e := p.namedExpression(false)
			if k := p.peek(); (isKw(k, "for") || isKw(k, "async")) && genexpOK {
				gens := p.comprehensions()
				g := &GeneratorExp{Span: span(e.Start(), p.lastEnd()), Elt: e, Generators: gens}
				if len(args) > 0 || len(kws) > 0 || !isOp(p.peek(), ")") && !(isOp(p.peek(), ",") && isOp(p.peek2(), ")")) {
					p.errNode(g, "Generator expression must be parenthesized")
				}
				e = g
			}
			if eq := p.peek(); isOp(eq, "=") {
				p.errRange(e.Start(), tokEnd(eq), `expression cannot contain assignment, perhaps you meant "=="?`)
			}
			if sawDoubleStar || sawKw {
				msg := "positional argument follows keyword argument"
				if sawDoubleStar {
					msg += " unpacking"
				}
				n := p.peek()
				p.errRange(tokPos(n), tokEnd(n), msg)
			}
			args = append(args, e)
		}
		if isOp(p.peek(), ",") {
			p.next()
			continue
		}
		if !isOp(p.peek(), ")") {
			p.fail(p.peek())
		}
	}
	end = tokEnd(p.next())
	return
}

// lastEnd returns the end of the most recently consumed token.
func (p *exprParser) lastEnd() Pos {
	cur := p.lex.RawCursor()
	if cur == 0 {
		return Pos{}
	}
	toks := p.lex.Range(cur-1, cur)
	if len(toks) == 0 {
		return Pos{}
	}
	return tokEnd(&toks[0])
}

// comprehensions parses one or more `[async] for ... in ... [if ...]`.
func (p *exprParser) comprehensions() []*Comprehension {
	var gens []*Comprehension
	for {
		t := p.peek()
		async := false
		if isKw(t, "async") {
			p.next()
			async = true
			if !isKw(p.peek(), "for") {
				p.fail(p.peek())
			}
		} else if !isKw(t, "for") {
			return gens
		}
		p.next()
		target := p.targetList()
		checkTarget(target, "assign to")
		if !isKw(p.peek(), "in") {
			p.fail(p.peek())
		}
		p.next()
		c := &Comprehension{Target: target, Iter: p.disjunction(), IsAsync: async}
		for isKw(p.peek(), "if") {
			p.next()
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}

// targetList parses `star_targets`, stopping before `in` or `=`.
func (p *exprParser) targetList() Expr {
	return p.commaTuple(p.target)
}

func (p *exprParser) target() Expr {
	if t := p.peek(); isOp(t, "*") {
		p.next()
		v := p.target()
		return &Starred{Span: span(tokPos(t), endOf(v)), Value: v}
	}
	return p.bitwiseOr()
}

// yieldExpr parses `yield [from] ...`.
func (p *exprParser) yieldExpr() Expr {
	t := p.next()
	if isKw(p.peek(), "from") {
		p.next()
		v := p.expression()
		return &YieldFrom{Span: span(tokPos(t), endOf(v)), Value: v}
	}
	if n := p.peek(); startsExpr(n) || isOp(n, "*") {
		v := p.starExpressions()
		return &Yield{Span: span(tokPos(t), endOf(v)), Value: v}
	}
	return &Yield{Span: span(tokPos(t), tokEnd(t))}
}

// lambda parses `lambda params: body`.
func (p *exprParser) lambda() Expr {
	t := p.next()
	args := p.parameters(false, ":")
	p.expectOp(":")
	body := p.expression()
	return &Lambda{Span: span(tokPos(t), endOf(body)), Args: args, Body: body}
}

// parameters parses a parameter list up to (not including) closer: ")" for
// def, ":" for lambda. Annotations are allowed only for def.
func (p *exprParser) parameters(annotations bool, closer string) *Arguments {
	a := &Arguments{}
	var (
		seenSlash, sawDefault bool
		star                  *lexer.Token // the '*' token, once seen
		kwarg                 bool
		names                 = map[string]bool{}
	)
	param := func(starred bool) *Arg {
		t := p.peek()
		if t.Type != tokName {
			p.fail(t)
		}
		p.next()
		arg := &Arg{Span: span(tokPos(t), tokEnd(t)), Arg: t.Value}
		if annotations && isOp(p.peek(), ":") {
			p.next()
			if starred {
				arg.Annotation = p.starExpression()
			} else {
				arg.Annotation = p.expression()
			}
		}
		if names[t.Value] {
			p.errRange(tokPos(t), tokEnd(t), fmt.Sprintf("duplicate argument '%s' in function definition", t.Value))
		}
		names[t.Value] = true
		return arg
	}
	p.level++
	defer func() { p.level-- }()
	for !isOp(p.peek(), closer) {
		t := p.peek()
		if kwarg {
			if isOp(t, "*") || isOp(t, "**") || t.Type == tokName || isOp(t, "/") {
				p.errRange(tokPos(t), tokEnd(t), "arguments cannot follow var-keyword argument")
			}
			p.fail(t)
		}
		switch {
		case isOp(t, "/"):
			if seenSlash {
				p.errRange(tokPos(t), tokEnd(t), "/ may appear only once")
			}
			if star != nil {
				p.errRange(tokPos(t), tokEnd(t), "/ must be ahead of *")
			}
			if len(a.Args) == 0 {
				p.errRange(tokPos(t), tokEnd(t), "at least one argument must precede /")
			}
			p.next()
			seenSlash = true
			a.PosOnlyArgs, a.Args = a.Args, nil
		case isOp(t, "*"):
			if star != nil {
				p.errRange(tokPos(t), tokEnd(t), "* argument may appear only once")
			}
			p.next()
			star = t
			if n := p.peek(); !isOp(n, ",") && !isOp(n, closer) {
				a.Vararg = param(true)
				if isOp(p.peek(), "=") {
					p.errRange(a.Vararg.Pos, tokEnd(p.peek()), "var-positional argument cannot have default value")
				}
			}
		case isOp(t, "**"):
			p.next()
			a.Kwarg = param(false)
			if isOp(p.peek(), "=") {
				p.errRange(a.Kwarg.Pos, tokEnd(p.peek()), "var-keyword argument cannot have default value")
			}
			kwarg = true
		default:
			arg := param(false)
			var def Expr
			if isOp(p.peek(), "=") {
				p.next()
				def = p.expression()
			}
			if star != nil {
				a.KwOnlyArgs = append(a.KwOnlyArgs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				a.Args = append(a.Args, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
					sawDefault = true
				} else if sawDefault {
					p.errRange(arg.Pos, arg.End, "non-default argument follows default argument")
				}
			}
		}
		if isOp(p.peek(), ",") {
			p.next()
			continue
		}
		if !isOp(p.peek(), closer) {
			p.fail(p.peek())
		}
	}
	if star != nil && a.Vararg == nil && len(a.KwOnlyArgs) == 0 {
		p.errRange(tokPos(star), tokEnd(star), "named arguments must follow bare *")
	}
	return a
}

// --- atoms ---

func (p *exprParser) atom() Expr {
	t := p.peek()
	switch t.Type {
	case tokName:
		p.next()
		return &Name{Span: span(tokPos(t), tokEnd(t)), Id: t.Value}
	case tokNumber:
		p.next()
		return p.number(t)
	case tokString:
		return p.strings()
	case tokKeyword:
		var k ConstKind
		switch t.Value {
		case "None":
			k = ConstNone
		case "True":
			k = ConstTrue
		case "False":
			k = ConstFalse
		default:
			p.fail(t)
		}
		p.next()
		return &Constant{Span: span(tokPos(t), tokEnd(t)), Kind: k}
	case tokOp:
		switch t.Value {
		case "(":
			return p.parenAtom()
		case "[":
			return p.listAtom()
		case "{":
			return p.dictOrSetAtom()
		case "...":
			p.next()
			return &Constant{Span: span(tokPos(t), tokEnd(t)), Kind: ConstEllipsis}
		}
	}
	p.fail(t)
	return nil
}

// number converts a NUMBER token to a Constant.
func (p *exprParser) number(t *lexer.Token) Expr {
	c := &Constant{Span: span(tokPos(t), tokEnd(t))}
	s := strings.ReplaceAll(t.Value, "_", "")
	last := s[len(s)-1]
	isHex := len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
	switch {
	case last == 'j' || last == 'J':
		c.Kind = ConstImag
		c.Float, _ = strconv.ParseFloat(s[:len(s)-1], 64)
	case !isHex && strings.ContainsAny(s, ".eE"):
		c.Kind = ConstFloat
		f, err := strconv.ParseFloat(s, 64)
		if err != nil && !strings.Contains(err.Error(), "range") {
			p.fail(t)
		}
		c.Float = f
	default:
		c.Kind = ConstInt
		n := new(big.Int)
		base := 10
		digits := s
		if len(s) > 1 && s[0] == '0' {
			switch s[1] {
			case 'x', 'X':
				base, digits = 16, s[2:]
			case 'o', 'O':
				base, digits = 8, s[2:]
			case 'b', 'B':
				base, digits = 2, s[2:]
			}
		}
		if _, ok := n.SetString(digits, base); !ok {
			p.fail(t)
		}
		c.Int = n
	}
	return c
}

// parenAtom parses a parenthesised expression, tuple, generator expression
// or yield expression.
func (p *exprParser) parenAtom() Expr {
	open := p.next()
	p.level++
	defer func() { p.level-- }()
	start := tokPos(open)
	t := p.peek()
	if isOp(t, ")") {
		p.next()
		return &Tuple{Span: span(start, tokEnd(t))}
	}
	if isKw(t, "yield") {
		y := p.yieldExpr()
		p.expectOp(")")
		return y
	}
	first := p.starNamedExpression()
	if k := p.peek(); isKw(k, "for") || isKw(k, "async") {
		gens := p.comprehensions()
		end := tokEnd(p.expectOp(")"))
		return &GeneratorExp{Span: span(start, end), Elt: first, Generators: gens}
	}
	if isOp(p.peek(), ")") {
		p.next()
		if s, ok := first.(*Starred); ok {
			p.errNode(s, "cannot use starred expression here")
		}
		return first
	}
	elts, end := p.displayRest(first, ")")
	return &Tuple{Span: span(start, end), Elts: elts}
}

func (p *exprParser) listAtom() Expr {
	open := p.next()
	p.level++
	defer func() { p.level-- }()
	start := tokPos(open)
	if t := p.peek(); isOp(t, "]") {
		p.next()
		return &List{Span: span(start, tokEnd(t))}
	}
	first := p.starNamedExpression()
	if k := p.peek(); isKw(k, "for") || isKw(k, "async") {
		gens := p.comprehensions()
		end := tokEnd(p.expectOp("]"))
		return &ListComp{Span: span(start, end), Elt: first, Generators: gens}
	}
	elts, end := p.displayRest(first, "]")
	return &List{Span: span(start, end), Elts: elts}
}

func (p *exprParser) dictOrSetAtom() Expr {
	open := p.next()
	p.level++
	defer func() { p.level-- }()
	start := tokPos(open)
	t := p.peek()
	if isOp(t, "}") {
		p.next()
		return &Dict{Span: span(start, tokEnd(t))}
	}
	if isOp(t, "**") {
		return p.dictRest(start, nil, nil)
	}
	first := p.starNamedExpression()
	if isOp(p.peek(), ":") {
		if _, ok := first.(*Starred); ok {
			p.fail(p.peek())
		}
		colon := p.next()
		if !startsExpr(p.peek()) {
			p.errRange(tokPos(colon), tokEnd(colon), "expression expected after dictionary key and ':'")
		}
		v := p.expression()
		if k := p.peek(); isKw(k, "for") || isKw(k, "async") {
			gens := p.comprehensions()
			end := tokEnd(p.expectOp("}"))
			return &DictComp{Span: span(start, end), Key: first, Value: v, Generators: gens}
		}
		return p.dictRest(start, first, v)
	}
	if k := p.peek(); isKw(k, "for") || isKw(k, "async") {
		gens := p.comprehensions()
		end := tokEnd(p.expectOp("}"))
		return &SetComp{Span: span(start, end), Elt: first, Generators: gens}
	}
	elts, end := p.displayRest(first, "}")
	return &Set{Span: span(start, end), Elts: elts}
}

// displayRest parses the rest of a tuple, list or set display after its
// first element: {',' star_named_expression} [','] and the closing
// bracket. It returns the elements and the end of the display.
func (p *exprParser) displayRest(first Expr, closing string) ([]Expr, Pos) {
	elts := []Expr{first}
	for isOp(p.peek(), ",") {
		p.next()
		if isOp(p.peek(), closing) {
			break
		}
		elts = append(elts, p.starNamedExpression())
	}
	return elts, tokEnd(p.expectOp(closing))
}

// dictRest parses the remaining entries of a dict display; key/value is the
// first entry already parsed (or nil).
func (p *exprParser) dictRest(start Pos, key, value Expr) Expr {
	d := &Dict{}
	if value != nil {
		d.Keys = append(d.Keys, key)
		d.Values = append(d.Values, value)
		if !isOp(p.peek(), ",") && !isOp(p.peek(), "}") {
			p.fail(p.peek())
		}
		if isOp(p.peek(), ",") {
			p.next()
		}
	}
	for !isOp(p.peek(), "}") {
		t := p.peek()
		if isOp(t, "**") {
			p.next()
			v := p.bitwiseOr()
			d.Keys = append(d.Keys, nil)
			d.Values = append(d.Values, v)
		} else {
			if !startsExpr(t) {
				p.fail(t)
			}
			k := p.expression()
			colon := p.peek()
			if !isOp(colon, ":") {
				if isOp(colon, ",") || isOp(colon, "}") {
					p.errRange(k.Start(), Pos{}, "':' expected after dictionary key")
				}
				p.fail(colon)
			}
			p.next()
			if !startsExpr(p.peek()) {
				p.errRange(tokPos(colon), tokEnd(colon), "expression expected after dictionary key and ':'")
			}
			d.Keys = append(d.Keys, k)
			d.Values = append(d.Values, p.expression())
		}
		if isOp(p.peek(), ",") {
			p.next()
			continue
		}
		if !isOp(p.peek(), "}") {
			p.fail(p.peek())
		}
	}
	d.Span = span(start, tokEnd(p.next()))
	return d
}

// --- target validation ---

// exprName is CPython's _PyPegen_get_expr_name: how error messages name
// an expression.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch e.Kind {
		case ConstNone:
			return "None"
		case ConstTrue:
			return "True"
		case ConstFalse:
			return "False"
		case ConstEllipsis:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}

// invalidTarget returns the first sub-expression of e that cannot be
// assigned to (or deleted, when del is true); or nil.
func invalidTarget(e Expr, del bool) Expr {
	switch e := e.(type) {
	case *Name, *Attribute, *Subscript:
		return nil
	case *Tuple:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, del); bad != nil {
				return bad
			}
		}
		return nil
	case *List:
		for _, x := range e.Elts {
			if bad := invalidTarget(x, del); bad != nil {
				return bad
			}
		}
		return nil
	case *Starred:
		if del {
			return e
		}
		return invalidTarget(e.Value, del)
	}
	return e
}

// checkTarget raises "cannot <verb> X" if e is not a valid target.
func checkTarget(e Expr, verb string) {
	if bad := invalidTarget(e, verb == "delete"); bad != nil {
		(&exprParser{}).errNode(bad, "cannot "+verb+" "+exprName(bad))
	}
}
