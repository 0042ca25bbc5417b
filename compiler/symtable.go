package compiler

// This file defines the symbol-table pass (CPython's Python/symtable.c):
// it walks the AST once to build a tree of scopes recording how each name
// is used, then analyses the tree to decide whether each name is local,
// global (explicit or implicit), free or a cell. It also detects
// generators and coroutines and reports the scope-related SyntaxErrors.

import (
	"sort"

	"pyco/parser"
)

// scopeType is the kind of block a scope belongs to.
type scopeType int

const (
	moduleScope   scopeType = iota
	classScope              // a class body
	functionScope           // def, lambda, comprehension, generator expression
)

// symScope is the resolved scope of a name in one block.
type symScope uint8

const (
	scopeUnknown        symScope = iota
	scopeLocal                   // bound in this block
	scopeGlobalExplicit          // declared `global`
	scopeGlobalImplicit          // not bound anywhere enclosing: globals, then builtins
	scopeFree                    // bound in an enclosing function
	scopeCell                    // local and captured by an inner function
)

var symScopeNames = [...]string{"unknown", "local", "global-explicit", "global-implicit", "free", "cell"}

func (s symScope) String() string { return symScopeNames[s] }

// Symbol flags: how a name is used in one block.
const (
	defLocal     = 1 << iota // assigned (or deleted, or a loop/with/except target)
	defGlobal                // declared global
	defNonlocal              // declared nonlocal
	defParam                 // a parameter
	defUse                   // read
	defFreeClass             // free in a method, bound in the class body
	defImport                // bound by import
	defAnnot                 // annotated (`x: T`)
	defCompIter              // a comprehension's iteration variable

	defBound = defLocal | defParam | defImport
)

// A symbol is one name's entry in a scope.
type symbol struct {
	flags int
	scope symScope
}

// compKind says which comprehension a scope compiles, for error messages.
type compKind int

const (
	notComprehension compKind = iota
	listComprehension
	setComprehension
	dictComprehension
	generatorExpression
)

var compKindNames = [...]string{"", "list comprehension", "set comprehension", "dict comprehension", "generator expression"}

// A scope is the symbol table of one block (CPython's symtable entry).
type scope struct {
	typ      scopeType
	name     string
	line     int // first line of the block's node
	parent   *scope
	children []*scope
	syms     map[string]*symbol
	order    []string // names in order of first mention

	varnames   []string               // parameters, in frame order
	directives map[string]parser.Span // global/nonlocal declarations, for error positions

	nested            bool // inside a function
	isAsync           bool // async def
	generator         bool // contains yield (or is a generator expression)
	coroutine         bool // async def, or contains await / async for
	returnsValue      bool
	comprehension     compKind
	compIterTarget    bool // visiting a comprehension's target
	compIterExpr      int  // >0 while visiting a comprehension's iterable
	varargs, varkw    bool
	needsClassClosure bool // class body must create the __class__ cell
}

// scopeOf returns the resolved scope of a (mangled) name.
func (s *scope) scopeOf(name string) symScope {
	if sym := s.syms[name]; sym != nil {
		return sym.scope
	}
	return scopeUnknown
}

// A symtable is the result of the symbol pass: one scope per block,
// found by the AST node that opens the block (*parser.Module,
// *parser.FunctionDef, *parser.ClassDef, *parser.Lambda, or a
// comprehension expression).
type symtable struct {
	top    *scope
	scopes map[any]*scope

	cur     *scope
	private string // enclosing class name, for mangling

	futureAnnotations bool // annotations are strings, not evaluated
	topLevelAwait     bool // ModeInteractiveAsync: async comprehensions allowed in the module body
}

// buildSymtable runs the symbol pass over a module. Errors panic with a
// *compileError.
func buildSymtable(mod *parser.Module, futureAnnotations bool) *symtable {
	return buildSymtableAwait(mod, futureAnnotations, false)
}

// buildSymtableAwait is buildSymtable for a module compiled with
// top-level await allowed (ModeInteractiveAsync).
func buildSymtableAwait(mod *parser.Module, futureAnnotations, topLevelAwait bool) *symtable {
	st := &symtable{scopes: map[any]*scope{}, futureAnnotations: futureAnnotations, topLevelAwait: topLevelAwait}
	st.top = st.enter("top", moduleScope, mod)
	st.stmts(mod.Body)
	st.exit()
	st.analyze()
	return st
}

func (st *symtable) enter(name string, typ scopeType, key any) *scope {
	s := &scope{typ: typ, name: name, parent: st.cur, syms: map[string]*symbol{}, directives: map[string]parser.Span{}}
	if n, ok := key.(parser.Node); ok {
		s.line = nodeSpan(n).Pos.Line
	}
	if st.cur != nil {
		st.cur.children = append(st.cur.children, s)
		s.nested = st.cur.nested || st.cur.typ == functionScope
	}
	st.scopes[key] = s
	st.cur = s
	return s
}

func (st *symtable) exit() { st.cur = st.cur.parent }

// addDef records a use of name with flag in the current scope.
func (st *symtable) addDef(name string, flag int, span parser.Span) {
	st.addDefIn(st.cur, name, flag, span)
}

func (st *symtable) addDefIn(s *scope, name string, flag int, span parser.Span) {
	name = mangle(st.private, name)
	sym := s.syms[name]
	if sym == nil {
		sym = &symbol{}
		s.syms[name] = sym
		s.order = append(s.order, name)
	} else if flag&defParam != 0 && sym.flags&defParam != 0 {
		errorAt(span, "duplicate argument '%s' in function definition", name)
	}
	sym.flags |= flag
	if flag&defGlobal != 0 && s != st.top {
		// CPython records every global declaration in the module's
		// table too.
		g := st.top.syms[name]
		if g == nil {
			g = &symbol{}
			st.top.syms[name] = g
			st.top.order = append(st.top.order, name)
		}
		g.flags |= defGlobal
	}
	if flag&defParam != 0 {
		s.varnames = append(s.varnames, name)
	}
	if s.compIterTarget {
		if sym.flags&(defGlobal|defNonlocal) != 0 {
			errorAt(span, "comprehension inner loop cannot rebind assignment expression target '%s'", name)
		}
		sym.flags |= defCompIter
	}
}

// declare records a global (flag defGlobal) or nonlocal (defNonlocal)
// statement for names; kind, "global" or "nonlocal", words the
// SyntaxError for a name already bound or used in the scope.
func (st *symtable) declare(names []string, span parser.Span, kind string, flag int) {
	for _, name := range names {
		cur := st.lookup(name)
		if cur&(defParam|defLocal|defUse|defAnnot) != 0 {
			switch {
			case cur&defParam != 0:
				errorAt(span, "name '%s' is parameter and %s", name, kind)
			case cur&defUse != 0:
				errorAt(span, "name '%s' is used prior to %s declaration", name, kind)
			case cur&defAnnot != 0:
				errorAt(span, "annotated name '%s' can't be %s", name, kind)
			default:
				errorAt(span, "name '%s' is assigned to before %s declaration", name, kind)
			}
		}
		st.addDef(name, flag, span)
		st.recordDirective(name, span)
	}
}

// recordDirective remembers where name was first declared global or
// nonlocal in the current scope, for error positions.
func (st *symtable) recordDirective(name string, span parser.Span) {
	name = mangle(st.private, name)
	if _, ok := st.cur.directives[name]; !ok {
		st.cur.directives[name] = span
	}
}

func (st *symtable) lookup(name string) int {
	if sym := st.cur.syms[mangle(st.private, name)]; sym != nil {
		return sym.flags
	}
	return 0
}

// --- Statements ---

func (st *symtable) stmts(ss []parser.Stmt) {
	for _, s := range ss {
		st.stmt(s)
	}
}

func (st *symtable) stmt(s parser.Stmt) {
	switch s := s.(type) {
	case *parser.FunctionDef:
		st.addDef(s.Name, defLocal, s.Span)
		st.argDefaults(s.Args)
		if !st.futureAnnotations {
			st.annotations(s.Args, s.Returns)
		}
		st.exprs(s.DecoratorList)
		fs := st.enter(s.Name, functionScope, s)
		if s.IsAsync {
			fs.isAsync = true
			fs.coroutine = true
		}
		st.params(s.Args)
		st.stmts(s.Body)
		st.exit()
	case *parser.ClassDef:
		st.addDef(s.Name, defLocal, s.Span)
		st.exprs(s.Bases)
		for _, k := range s.Keywords {
			st.expr(k.Value)
		}
		st.exprs(s.DecoratorList)
		st.enter(s.Name, classScope, s)
		saved := st.private
		st.private = s.Name
		st.stmts(s.Body)
		st.private = saved
		st.exit()
	case *parser.Return:
		if s.Value != nil {
			st.expr(s.Value)
			st.cur.returnsValue = true
		}
	case *parser.Delete:
		for _, t := range s.Targets {
			st.target(t, defLocal)
		}
	case *parser.Assign:
		for _, t := range s.Targets {
			st.target(t, defLocal)
		}
		st.expr(s.Value)
	case *parser.AnnAssign:
		if n, ok := s.Target.(*parser.Name); ok {
			cur := st.lookup(n.Id)
			if cur&(defGlobal|defNonlocal) != 0 && st.cur != st.top && s.Simple {
				if cur&defGlobal != 0 {
					errorAt(s.Span, "annotated name '%s' can't be global", n.Id)
				}
				errorAt(s.Span, "annotated name '%s' can't be nonlocal", n.Id)
			}
			if s.Simple {
				st.addDef(n.Id, defAnnot|defLocal, n.Span)
			} else if s.Value != nil {
				st.addDef(n.Id, defLocal, n.Span)
			}
		} else {
			st.target(s.Target, defLocal)
		}
		if !st.futureAnnotations {
			st.expr(s.Annotation)
		}
		if s.Value != nil {
			st.expr(s.Value)
		}
	case *parser.AugAssign:
		st.target(s.Target, defLocal)
		st.expr(s.Value)
	case *parser.For:
		st.target(s.Target, defLocal)
		st.expr(s.Iter)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *parser.While:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *parser.If:
		st.expr(s.Test)
		st.stmts(s.Body)
		st.stmts(s.Orelse)
	case *parser.With:
		for _, it := range s.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.target(it.OptionalVars, defLocal)
			}
		}
		st.stmts(s.Body)
	case *parser.Raise:
		if s.Exc != nil {
			st.expr(s.Exc)
			if s.Cause != nil {
				st.expr(s.Cause)
			}
		}
	case *parser.Try:
		st.stmts(s.Body)
		st.stmts(s.Orelse)
		for _, h := range s.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.addDef(h.Name, defLocal, h.Span)
			}
			st.stmts(h.Body)
		}
		st.stmts(s.Finalbody)
	case *parser.Assert:
		st.expr(s.Test)
		if s.Msg != nil {
			st.expr(s.Msg)
		}
	case *parser.Import:
		for _, a := range s.Names {
			st.alias(a)
		}
	case *parser.ImportFrom:
		for _, a := range s.Names {
			st.alias(a)
		}
	case *parser.Global:
		st.declare(s.Names, s.Span, "global", defGlobal)
	case *parser.Nonlocal:
		st.declare(s.Names, s.Span, "nonlocal", defNonlocal)
	case *parser.ExprStmt:
		st.expr(s.Value)
	case *parser.Pass, *parser.Break, *parser.Continue:
	}
}

func (st *symtable) alias(a *parser.Alias) {
	if a.Name == "*" {
		if st.cur.typ != moduleScope {
			errorAt(a.Span, "import * only allowed at module level")
		}
		return
	}
	name := a.AsName
	if name == "" {
		name = a.Name
		for i := 0; i < len(name); i++ {
			if name[i] == '.' {
				name = name[:i]
				break
			}
		}
	}
	st.addDef(name, defImport, a.Span)
}

func (st *symtable) argDefaults(a *parser.Arguments) {
	if a == nil {
		return
	}
	st.exprs(a.Defaults)
	for _, d := range a.KwDefaults {
		if d != nil {
			st.expr(d)
		}
	}
}

func (st *symtable) annotations(a *parser.Arguments, returns parser.Expr) {
	if a != nil {
		for _, list := range [][]*parser.Arg{a.PosOnlyArgs, a.Args, {a.Vararg}, a.KwOnlyArgs, {a.Kwarg}} {
			for _, arg := range list {
				if arg != nil && arg.Annotation != nil {
					st.expr(arg.Annotation)
				}
			}
		}
	}
	if returns != nil {
		st.expr(returns)
	}
}

func (st *symtable) params(a *parser.Arguments) {
	if a == nil {
		return
	}
	for _, list := range [][]*parser.Arg{a.PosOnlyArgs, a.Args, a.KwOnlyArgs} {
		for _, arg := range list {
			st.addDef(arg.Arg, defParam, arg.Span)
		}
	}
	if a.Vararg != nil {
		st.addDef(a.Vararg.Arg, defParam, a.Vararg.Span)
		st.cur.varargs = true
	}
	if a.Kwarg != nil {
		st.addDef(a.Kwarg.Arg, defParam, a.Kwarg.Span)
		st.cur.varkw = true
	}
}

// --- Expressions ---

func (st *symtable) exprs(es []parser.Expr) {
	for _, e := range es {
		st.expr(e)
	}
}

// target visits an assignment or deletion target.
func (st *symtable) target(e parser.Expr, flag int) {
	switch e := e.(type) {
	case *parser.Name:
		st.addDef(e.Id, flag, e.Span)
	case *parser.Tuple:
		for _, x := range e.Elts {
			st.target(x, flag)
		}
	case *parser.List:
		for _, x := range e.Elts {
			st.target(x, flag)
		}
	case *parser.Starred:
		st.target(e.Value, flag)
	default:
		// Attribute, Subscript (and invalid targets, reported later):
		// their parts are loads.
		st.expr(e)
	}
}

func (st *symtable) expr(e parser.Expr) {
	switch e := e.(type) {
	case nil:
	case *parser.Name:
		st.addDef(e.Id, defUse, e.Span)
		if st.cur.typ == functionScope && e.Id == "super" {
			st.addDef("__class__", defUse, e.Span)
		}
	case *parser.NamedExpr:
		st.namedExpr(e)
	case *parser.BoolOp:
		st.exprs(e.Values)
	case *parser.BinOp:
		st.expr(e.Left)
		st.expr(e.Right)
	case *parser.UnaryOp:
		st.expr(e.Operand)
	case *parser.Lambda:
		st.argDefaults(e.Args)
		st.enter("lambda", functionScope, e)
		st.params(e.Args)
		st.expr(e.Body)
		st.exit()
	case *parser.IfExp:
		st.expr(e.Test)
		st.expr(e.Body)
		st.expr(e.Orelse)
	case *parser.Dict:
		for i, v := range e.Values {
			if e.Keys[i] != nil {
				st.expr(e.Keys[i])
			}
			st.expr(v)
		}
	case *parser.Set:
		st.exprs(e.Elts)
	case *parser.ListComp:
		st.comprehension(e, "listcomp", e.Generators, e.Elt, nil, listComprehension)
	case *parser.SetComp:
		st.comprehension(e, "setcomp", e.Generators, e.Elt, nil, setComprehension)
	case *parser.DictComp:
		st.comprehension(e, "dictcomp", e.Generators, e.Key, e.Value, dictComprehension)
	case *parser.GeneratorExp:
		st.comprehension(e, "genexpr", e.Generators, e.Elt, nil, generatorExpression)
	case *parser.Await:
		st.expr(e.Value)
		st.cur.coroutine = true
	case *parser.Yield:
		st.expr(e.Value)
		st.yield(e.Span)
	case *parser.YieldFrom:
		st.expr(e.Value)
		st.yield(e.Span)
	case *parser.Compare:
		st.expr(e.Left)
		st.exprs(e.Comparators)
	case *parser.Call:
		st.expr(e.Func)
		st.exprs(e.Args)
		for _, k := range e.Keywords {
			st.expr(k.Value)
		}
	case *parser.FormattedValue:
		st.expr(e.Value)
		st.expr(e.FormatSpec)
	case *parser.JoinedStr:
		st.exprs(e.Values)
	case *parser.Constant:
	case *parser.Attribute:
		st.expr(e.Value)
	case *parser.Subscript:
		st.expr(e.Value)
		st.expr(e.Slice)
	case *parser.Starred:
		st.expr(e.Value)
	case *parser.List:
		st.exprs(e.Elts)
	case *parser.Tuple:
		st.exprs(e.Elts)
	case *parser.Slice:
		st.expr(e.Lower)
		st.expr(e.Upper)
		st.expr(e.Step)
	}
}

func (st *symtable) yield(span parser.Span) {
	st.cur.generator = true
	if k := st.cur.comprehension; k != notComprehension {
		errorAt(span, "'yield' inside %s", compKindNames[k])
	}
}

func (st *symtable) namedExpr(e *parser.NamedExpr) {
	if st.cur.compIterExpr > 0 {
		errorAt(e.Span, "assignment expression cannot be used in a comprehension iterable expression")
	}
	name, _ := e.Target.(*parser.Name)
	if st.cur.comprehension != notComprehension && name != nil {
		st.extendNamedExprScope(name)
	}
	st.expr(e.Value)
	st.target(e.Target, defLocal)
}

// extendNamedExprScope binds a walrus target inside a comprehension in the
// nearest enclosing function (or module) scope.
func (st *symtable) extendNamedExprScope(n *parser.Name) {
	for s := st.cur; s != nil; s = s.parent {
		if s.comprehension != notComprehension {
			if sym := s.syms[mangle(st.private, n.Id)]; sym != nil && sym.flags&defCompIter != 0 {
				errorAt(n.Span, "assignment expression cannot rebind comprehension iteration variable '%s'", n.Id)
			}
			continue
		}
		switch s.typ {
		case functionScope:
			if s.syms[mangle(st.private, n.Id)] != nil && s.syms[mangle(st.private, n.Id)].flags&defGlobal != 0 {
				st.addDef(n.Id, defGlobal, n.Span)
			} else {
				st.addDef(n.Id, defNonlocal, n.Span)
			}
			st.recordDirective(n.Id, n.Span)
			st.addDefIn(s, n.Id, defLocal, n.Span)
			return
		case moduleScope:
			st.addDef(n.Id, defGlobal, n.Span)
			st.recordDirective(n.Id, n.Span)
			st.addDefIn(s, n.Id, defGlobal, n.Span)
			return
		case classScope:
			errorAt(n.Span, "assignment expression within a comprehension cannot be used in a class body")
		}
	}
}

func (st *symtable) comprehension(e parser.Expr, name string, gens []*parser.Comprehension, elt, value parser.Expr, kind compKind) {
	outer := gens[0]
	st.cur.compIterExpr++
	st.expr(outer.Iter)
	st.cur.compIterExpr--
	cs := st.enter(name, functionScope, e)
	cs.comprehension = kind
	if outer.IsAsync {
		cs.coroutine = true
	}
	st.addDef(".0", defParam, nodeSpan(e))
	cs.compIterTarget = true
	st.target(outer.Target, defLocal)
	cs.compIterTarget = false
	st.exprs(outer.Ifs)
	for _, g := range gens[1:] {
		cs.compIterTarget = true
		st.target(g.Target, defLocal)
		cs.compIterTarget = false
		cs.compIterExpr++
		st.expr(g.Iter)
		cs.compIterExpr--
		st.exprs(g.Ifs)
		if g.IsAsync {
			cs.coroutine = true
		}
	}
	if value != nil {
		st.expr(value)
	}
	st.expr(elt)
	isGen := kind == generatorExpression
	cs.generator = isGen
	isAsync := cs.coroutine && !isGen
	st.exit()
	topAwait := st.topLevelAwait && st.cur == st.top
	if isAsync && !(st.cur.typ == functionScope && st.cur.coroutine) && st.cur.comprehension == notComprehension && !topAwait {
		errorAt(nodeSpan(e), "asynchronous comprehension outside of an asynchronous function")
	}
	if isAsync {
		st.cur.coroutine = true
	}
}

// --- Analysis (CPython's analyze_block) ---

type nameSet map[string]bool

func (s nameSet) copy() nameSet {
	t := make(nameSet, len(s))
	for k := range s {
		t[k] = true
	}
	return t
}

func (st *symtable) analyze() {
	free := nameSet{}
	st.analyzeBlock(st.top, nil, free, nameSet{})
}

// analyzeBlock resolves the names of s. bound holds names bound in
// enclosing function scopes (nil at module level), global the names
// declared global in enclosing scopes; free collects the names this block
// and its children need from outside.
func (st *symtable) analyzeBlock(s *scope, bound, free, global nameSet) {
	local := nameSet{}
	scopes := map[string]symScope{}
	newGlobal := nameSet{}
	newFree := nameSet{}
	newBound := nameSet{}
	if s.typ == classScope {
		for k := range global {
			newGlobal[k] = true
		}
		for k := range bound {
			newBound[k] = true
		}
	}
	for _, name := range s.order {
		st.analyzeName(s, scopes, name, s.syms[name].flags, bound, local, free, global)
	}
	if s.typ != classScope {
		if s.typ == functionScope {
			for k := range local {
				newBound[k] = true
			}
		}
		for k := range bound {
			newBound[k] = true
		}
		for k := range global {
			newGlobal[k] = true
		}
	} else {
		newBound["__class__"] = true
	}
	for _, child := range s.children {
		childFree := nameSet{}
		st.analyzeBlock(child, newBound.copy(), childFree, newGlobal.copy())
		for k := range childFree {
			newFree[k] = true
		}
	}
	if s.typ == functionScope {
		// analyze_cells: locals captured by children become cells.
		for name, sc := range scopes {
			if sc == scopeLocal && newFree[name] {
				scopes[name] = scopeCell
				delete(newFree, name)
			}
		}
	} else if s.typ == classScope && newFree["__class__"] {
		delete(newFree, "__class__")
		s.needsClassClosure = true
	}
	// update_symbols
	for name, sym := range s.syms {
		sym.scope = scopes[name]
	}
	names := make([]string, 0, len(newFree))
	for name := range newFree {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if sym := s.syms[name]; sym != nil {
			if s.typ == classScope && sym.flags&(defBound|defGlobal) != 0 {
				sym.flags |= defFreeClass
			}
			continue
		}
		if bound != nil && !bound[name] {
			continue
		}
		s.syms[name] = &symbol{scope: scopeFree}
		s.order = append(s.order, name)
	}
	for k := range newFree {
		free[k] = true
	}
}

func (st *symtable) analyzeName(s *scope, scopes map[string]symScope, name string, flags int, bound, local, free, global nameSet) {
	switch {
	case flags&defGlobal != 0:
		if flags&defNonlocal != 0 {
			errorAt(s.directives[name], "name '%s' is nonlocal and global", name)
		}
		scopes[name] = scopeGlobalExplicit
		global[name] = true
		if bound != nil {
			delete(bound, name)
		}
	case flags&defNonlocal != 0:
		if bound == nil {
			errorAt(s.directives[name], "nonlocal declaration not allowed at module level")
		}
		if !bound[name] {
			errorAt(s.directives[name], "no binding for nonlocal '%s' found", name)
		}
		scopes[name] = scopeFree
		free[name] = true
	case flags&defBound != 0:
		scopes[name] = scopeLocal
		local[name] = true
		delete(global, name)
	case bound != nil && bound[name]:
		scopes[name] = scopeFree
		free[name] = true
	default:
		scopes[name] = scopeGlobalImplicit
	}
}
