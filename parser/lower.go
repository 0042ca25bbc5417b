package parser

// This file defines lowering: grammar structs (grammar.go) become AST
// nodes (ast.go), with the checks participle cannot express: assignment,
// augmented-assignment, annotation and del targets, and try-statement
// shape. Checks raise *Error by panicking; parseStatement recovers them.

import (
	"strings"

	"github.com/alecthomas/participle/v2/lexer"
)

func pos(p lexer.Position) Pos { return Pos{Line: p.Line, Col: p.Column} }

func stmts(b blockNode) []Stmt {
	if b == nil {
		return nil
	}
	return b.(*blockVal).stmts
}

// lastEndOf returns the end of the last statement of a body.
func lastEndOf(body []Stmt) Pos {
	if len(body) == 0 {
		return Pos{}
	}
	return body[len(body)-1].(interface{ EndPos() Pos }).EndPos()
}

func lowerStmt(g *gStmt) []Stmt {
	switch {
	case g.If != nil:
		return []Stmt{lowerIf(g.If.Pos, g.If.Test, g.If.Body, g.If.Elifs, g.If.Else)}
	case g.While != nil:
		w := g.While
		s := &While{Test: w.Test, Body: stmts(w.Body), Orelse: stmts(w.Else)}
		s.Span = span(pos(w.Pos), lastEndOf(pick(s.Orelse, s.Body)))
		return []Stmt{s}
	case g.For != nil:
		return []Stmt{lowerFor(g.For, false, Pos{})}
	case g.Try != nil:
		return []Stmt{lowerTry(g.Try)}
	case g.With != nil:
		return []Stmt{lowerWith(g.With, false, Pos{})}
	case g.Def != nil:
		return []Stmt{lowerDef(g.Def, nil, false, Pos{})}
	case g.Class != nil:
		return []Stmt{lowerClass(g.Class, nil)}
	case g.Deco != nil:
		d := g.Deco
		var decos []Expr
		for _, x := range d.Decos {
			decos = append(decos, x.Expr)
		}
		switch {
		case d.Def != nil:
			return []Stmt{lowerDef(d.Def, decos, false, Pos{})}
		case d.Class != nil:
			return []Stmt{lowerClass(d.Class, decos)}
		default:
			return []Stmt{lowerDef(d.Async.Def, decos, true, pos(d.Async.Pos))}
		}
	case g.Async != nil:
		a := g.Async
		switch {
		case a.Def != nil:
			return []Stmt{lowerDef(a.Def, nil, true, pos(a.Pos))}
		case a.For != nil:
			return []Stmt{lowerFor(a.For, true, pos(a.Pos))}
		default:
			return []Stmt{lowerWith(a.With, true, pos(a.Pos))}
		}
	case g.Simple != nil:
		return lowerSimple(g.Simple)
	}
	return nil
}

// pick returns a if it is non-empty, else b.
func pick(a, b []Stmt) []Stmt {
	if len(a) > 0 {
		return a
	}
	return b
}

func lowerIf(p lexer.Position, test Expr, body blockNode, elifs []*gElif, els blockNode) Stmt {
	s := &If{Test: test, Body: stmts(body)}
	if len(elifs) > 0 {
		e := elifs[0]
		s.Orelse = []Stmt{lowerIf(e.Pos, e.Test, e.Body, elifs[1:], els)}
	} else {
		s.Orelse = stmts(els)
	}
	s.Span = span(pos(p), lastEndOf(pick(s.Orelse, s.Body)))
	return s
}

func lowerFor(f *gFor, async bool, apos Pos) Stmt {
	checkTarget(f.Target, "assign to")
	s := &For{Target: f.Target, Iter: f.Iter, Body: stmts(f.Body), Orelse: stmts(f.Else), IsAsync: async}
	start := pos(f.Pos)
	if async {
		start = apos
	}
	s.Span = span(start, lastEndOf(pick(s.Orelse, s.Body)))
	return s
}

func lowerTry(t *gTry) Stmt {
	s := &Try{Body: stmts(t.Body), Orelse: stmts(t.Else), Finalbody: stmts(t.Finally)}
	for _, h := range t.Handlers {
		eh := &ExceptHandler{Type: h.Type, Name: h.Name, Body: stmts(h.Body)}
		eh.Span = span(pos(h.Pos), lastEndOf(eh.Body))
		s.Handlers = append(s.Handlers, eh)
	}
	if len(s.Handlers) == 0 && t.Finally == nil {
		// CPython: "expected 'except' or 'finally' block" at the token
		// after the try body; participle has consumed it already, so
		// report at the end of the body.
		end := lastEndOf(s.Body)
		panic(&Error{Kind: "SyntaxError", Msg: "expected 'except' or 'finally' block", Pos: end})
	}
	var last []Stmt
	switch {
	case len(s.Finalbody) > 0:
		last = s.Finalbody
	case len(s.Orelse) > 0:
		last = s.Orelse
	case len(s.Handlers) > 0:
		last = s.Handlers[len(s.Handlers)-1].Body
	default:
		last = s.Body
	}
	s.Span = span(pos(t.Pos), lastEndOf(last))
	return s
}

func lowerWith(w *gWith, async bool, apos Pos) Stmt {
	s := &With{Items: w.Items.(*withItemsVal).items, Body: stmts(w.Body), IsAsync: async}
	start := pos(w.Pos)
	if async {
		start = apos
	}
	s.Span = span(start, lastEndOf(s.Body))
	return s
}

func lowerDef(d *gDef, decos []Expr, async bool, apos Pos) Stmt {
	args := &Arguments{}
	if d.Params != nil {
		args = d.Params.(*paramsVal).args
	}
	s := &FunctionDef{Name: d.Name, Args: args, Body: stmts(d.Body), DecoratorList: decos,
		Returns: d.Returns, IsAsync: async}
	start := pos(d.Pos)
	if async {
		start = apos
	}
	s.Span = span(start, lastEndOf(s.Body))
	return s
}

func lowerClass(c *gClass, decos []Expr) Stmt {
	s := &ClassDef{Name: c.Name, Body: stmts(c.Body), DecoratorList: decos}
	if c.Args != nil {
		a := c.Args.(*argsVal)
		s.Bases, s.Keywords = a.args, a.kws
	}
	s.Span = span(pos(c.Pos), lastEndOf(s.Body))
	return s
}

func lowerSimple(g *gSimple) []Stmt {
	out := make([]Stmt, 0, len(g.Small))
	for _, sm := range g.Small {
		out = append(out, lowerSmall(sm))
	}
	return out
}

func lowerSmall(g *gSmall) Stmt {
	sp := span(pos(g.Pos), Pos{})
	if n := len(g.Tokens); n > 0 {
		sp.End = tokEnd(&g.Tokens[n-1])
	}
	switch {
	case g.Pass:
		return &Pass{Span: sp}
	case g.Break:
		return &Break{Span: sp}
	case g.Continue:
		return &Continue{Span: sp}
	case g.Return != nil:
		return &Return{Span: sp, Value: g.Return.Value}
	case g.Raise != nil:
		return &Raise{Span: sp, Exc: g.Raise.Exc, Cause: g.Raise.Cause}
	case g.Global != nil:
		return &Global{Span: sp, Names: g.Global}
	case g.Nonlocal != nil:
		return &Nonlocal{Span: sp, Names: g.Nonlocal}
	case g.Del != nil:
		var targets []Expr
		if t, ok := g.Del.Targets.(*Tuple); ok && unparenthesized(t) {
			targets = t.Elts
		} else {
			targets = []Expr{g.Del.Targets}
		}
		for _, t := range targets {
			checkTarget(t, "delete")
		}
		return &Delete{Span: sp, Targets: targets}
	case g.Assert != nil:
		return &Assert{Span: sp, Test: g.Assert.Test, Msg: g.Assert.Msg}
	case g.Import != nil:
		s := &Import{Span: sp}
		for _, d := range g.Import.Names {
			a := &Alias{Span: span(pos(d.Pos), Pos{}), Name: strings.Join(d.Name, "."), AsName: d.As}
			s.Names = append(s.Names, a)
		}
		return s
	case g.From != nil:
		f := g.From
		s := &ImportFrom{Span: sp, Module: strings.Join(f.Module, ".")}
		for _, d := range f.Dots {
			s.Level += len(d)
		}
		if f.Star {
			s.Names = []*Alias{{Name: "*"}}
		}
		if f.Trailing {
			e := tokEnd(&g.Tokens[len(g.Tokens)-1])
			panic(&Error{Kind: "SyntaxError", Msg: "trailing comma not allowed without surrounding parentheses", Pos: e, EndCol: e.Col})
		}
		for _, n := range f.Names {
			a := &Alias{Span: span(pos(n.Pos), Pos{}), Name: n.Name, AsName: n.As}
			if k := len(n.Tokens); k > 0 {
				a.End = tokEnd(&n.Tokens[k-1])
			}
			s.Names = append(s.Names, a)
		}
		return s
	case g.Expr != nil:
		return lowerExprStmt(g.Expr, sp, g.Tokens)
	}
	return &Pass{Span: sp}
}

// unparenthesized reports whether a tuple was written without parentheses.
func unparenthesized(t *Tuple) bool {
	return len(t.Elts) > 0 && t.Pos == t.Elts[0].Start()
}

// lowerExprStmt lowers expression statements and assignments.
func lowerExprStmt(g *gExprStmt, sp Span, toks []lexer.Token) Stmt {
	first := g.First
	parenthesized := len(toks) > 0 && toks[0].Value == "("
	switch {
	case g.Ann != nil:
		switch t := first.(type) {
		case *Name, *Attribute, *Subscript:
		case *Tuple:
			(&exprParser{}).errNode(t, "only single target (not tuple) can be annotated")
		case *List:
			(&exprParser{}).errNode(t, "only single target (not list) can be annotated")
		default:
			(&exprParser{}).errNode(t, "illegal target for annotation")
		}
		_, isName := first.(*Name)
		return &AnnAssign{Span: sp, Target: first, Annotation: g.Ann, Value: g.AnnVal, Simple: isName && !parenthesized}
	case g.AugOp != "":
		switch first.(type) {
		case *Name, *Attribute, *Subscript:
		default:
			(&exprParser{}).errNode(first, "'"+exprName(first)+"' is an illegal expression for augmented assignment")
		}
		return &AugAssign{Span: sp, Target: first, Op: augOps[g.AugOp], Value: g.AugVal}
	case len(g.Rhs) > 0:
		targets := []Expr{first}
		for _, r := range g.Rhs[:len(g.Rhs)-1] {
			targets = append(targets, r.Value)
		}
		value := g.Rhs[len(g.Rhs)-1].Value
		for i, t := range targets {
			switch t.(type) {
			case *Yield, *YieldFrom:
				if i > 0 || !parenthesized {
					(&exprParser{}).errNode(t, "assignment to yield expression not possible")
				}
			}
			bad := invalidTarget(t, false)
			if bad == nil {
				continue
			}
			if len(targets) == 1 && i == 0 {
				cand := t
				if tup, ok := t.(*Tuple); ok && unparenthesized(tup) {
					cand = tup.Elts[len(tup.Elts)-1]
				}
				if invalidTarget(cand, false) == cand && isBitwiseLevel(cand) && !isDisplayOrSingleton(cand) {
					(&exprParser{}).errNode(cand, "cannot assign to "+exprName(cand)+" here. Maybe you meant '==' instead of '='?")
				}
			}
			(&exprParser{}).errNode(bad, "cannot assign to "+exprName(bad))
		}
		return &Assign{Span: sp, Targets: targets, Value: value}
	}
	return &ExprStmt{Span: sp, Value: first}
}

var augOps = map[string]Operator{
	"+=": Add, "-=": Sub, "*=": Mult, "@=": MatMult, "/=": Div, "%=": Mod, "&=": BitAnd,
	"|=": BitOr, "^=": BitXor, "<<=": LShift, ">>=": RShift, "**=": Pow, "//=": FloorDiv,
}
