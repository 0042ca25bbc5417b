package compiler

// This file defines the compiler's entry points (Compile, CompileSource),
// the per-code-object state (unit), instruction emission, and the
// translation of variable references into LOAD_FAST/LOAD_DEREF/LOAD_GLOBAL/
// LOAD_NAME according to the symbol table.

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"unicode/utf8"

	"pyco/parser"
)

// Mode selects what kind of source a module is compiled as.
type Mode int

// The compilation modes (CPython's compile() modes).
const (
	// ModeExec compiles a file or a -c string: statements, result None.
	ModeExec Mode = iota
	// ModeInteractive compiles one REPL input: every expression statement
	// outside functions prints its value with PRINT_EXPR.
	ModeInteractive
	// ModeEval compiles a module whose body is a single expression
	// statement; the code returns the expression's value.
	ModeEval
	// ModeInteractiveAsync is ModeInteractive with top-level await
	// (CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT, what `python3 -m asyncio`
	// uses): await, async for, async with and asynchronous comprehensions
	// are allowed in the module body itself (not in classes or plain
	// functions), and a body that contains one compiles to a code object
	// with FlagCoroutine, which the VM runs as a coroutine.
	ModeInteractiveAsync
)

// Compile compiles a parsed module into the Code object of its top-level
// body. Errors are always *parser.Error values of Kind "SyntaxError"; their
// Text is empty (use CompileSource to fill it in).
func Compile(mod *parser.Module, mode Mode) (*Code, error) {
	return CompileSource(mod, nil, mode)
}

// CompileSource is Compile with the module's source text, used to fill in
// the Text (source line) of syntax errors. src may be nil.
func CompileSource(mod *parser.Module, src []byte, mode Mode) (code *Code, err error) {
	c := &compiler{filename: mod.Filename, src: src, mode: mode,
		interactive:   mode == ModeInteractive || mode == ModeInteractiveAsync,
		topLevelAwait: mode == ModeInteractiveAsync}
	defer func() {
		if r := recover(); r != nil {
			code = nil
			if ce, ok := r.(*compileError); ok {
				err = c.finishError(ce.err)
				return
			}
			msg := fmt.Sprintf("internal compiler error: %v", r)
			if os.Getenv("PYCO_COMPILER_DEBUG") != "" {
				msg += "\n" + string(debug.Stack())
			}
			err = c.finishError(&parser.Error{Kind: "SyntaxError", Msg: msg, Pos: c.curPos()})
		}
	}()
	c.checkFuture(mod)
	c.st = buildSymtableAwait(mod, c.futureAnnotations, c.topLevelAwait)
	return c.compileModule(mod), nil
}

// compileError carries a syntax error through a panic to the entry point.
type compileError struct{ err *parser.Error }

// finishError fills in the filename and source text of e.
func (c *compiler) finishError(e *parser.Error) *parser.Error {
	if e.Kind == "" {
		e.Kind = "SyntaxError"
	}
	if e.Filename == "" {
		e.Filename = c.filename
	}
	if e.Text == "" && c.src != nil && e.Pos.Line > 0 {
		lines := bytes.Split(c.src, []byte("\n"))
		if e.Pos.Line <= len(lines) {
			e.Text = strings.TrimRight(string(lines[e.Pos.Line-1]), "\r")
		}
	}
	if e.EndCol == endOfLine {
		// A multi-line span: CPython underlines to the end of its first
		// line.
		e.EndCol = 0
		if e.Text != "" {
			e.EndCol = utf8.RuneCountInString(strings.TrimRight(e.Text, " \t")) + 1
		}
	}
	return e
}

// endOfLine is the EndCol that errorAt gives a span ending on a later line;
// finishError replaces it by the end of the first line.
const endOfLine = -1

// errorAt aborts compilation with a SyntaxError at span.
func errorAt(span parser.Span, format string, args ...any) {
	e := &parser.Error{Kind: "SyntaxError", Msg: fmt.Sprintf(format, args...), Pos: span.Pos}
	if span.End.Line == span.Pos.Line && span.End.Col > span.Pos.Col {
		e.EndCol = span.End.Col
	} else if span.End.Line > span.Pos.Line {
		e.EndCol = endOfLine
	}
	panic(&compileError{e})
}

// A compiler holds the state of one Compile call.
type compiler struct {
	filename          string
	src               []byte
	mode              Mode
	interactive       bool
	topLevelAwait     bool // ModeInteractiveAsync
	st                *symtable
	futureAnnotations bool    // `from __future__ import annotations`: annotations are strings
	u                 *unit   // the code object being compiled
	stack             []*unit // enclosing units, outermost first
}

// unitKind says what kind of code object a unit compiles (CPython's
// COMPILER_SCOPE_*).
type unitKind int

const (
	unitModule unitKind = iota
	unitClass
	unitFunction
	unitAsyncFunction
	unitLambda
	unitComprehension
)

// An instr is an instruction before assembly. Jumps name a label in target
// (arg is filled in by the assembler).
type instr struct {
	op     Opcode
	arg    int
	target int // label for jumps; -1 otherwise
	loc    parser.Span
}

// A unit is the compiler state for one code object.
type unit struct {
	kind     unitKind
	scope    *scope
	name     string
	qualname string
	private  string // class name used for name mangling; or ""

	firstLine int
	argCount  int
	posOnly   int
	kwOnly    int

	instrs []instr
	labels []int // label -> instruction index, -1 until bound

	consts   []any
	constMap map[constKey]int
	names    []string
	nameMap  map[string]int
	varnames []string
	varMap   map[string]int
	cellvars []string
	cellMap  map[string]int
	freevars []string
	freeMap  map[string]int

	fblocks []*fblock
	loc     parser.Span // location given to emitted instructions

	// topLevelAwait is set on a module unit compiled in
	// ModeInteractiveAsync that awaits: its code gets FlagCoroutine.
	topLevelAwait bool
}

// allowTopLevelAwait reports whether an await (or async for/with) may
// appear in the current unit because it is the module body of a
// ModeInteractiveAsync compilation (CPython's IS_TOP_LEVEL_AWAIT); if so
// it marks the unit as a coroutine.
func (c *compiler) allowTopLevelAwait() bool {
	if !c.topLevelAwait || c.u.kind != unitModule {
		return false
	}
	c.u.topLevelAwait = true
	return true
}

// curPos returns the position being compiled, for internal errors.
func (c *compiler) curPos() parser.Pos {
	if c.u != nil {
		return c.u.loc.Pos
	}
	return parser.Pos{}
}

// --- Units ---

// enterScope starts compiling a new code object for the AST node key.
func (c *compiler) enterScope(name string, kind unitKind, key any, firstLine int) *unit {
	sc := c.st.scopes[key]
	if sc == nil {
		panic(fmt.Sprintf("no symbol table scope for %T", key))
	}
	u := &unit{
		kind:      kind,
		scope:     sc,
		name:      name,
		firstLine: firstLine,
		constMap:  map[constKey]int{},
		nameMap:   map[string]int{},
		varMap:    map[string]int{},
		cellMap:   map[string]int{},
		freeMap:   map[string]int{},
	}
	if c.u != nil {
		u.private = c.u.private
		u.loc = c.u.loc
	}
	for _, v := range sc.varnames {
		u.varMap[v] = len(u.varnames)
		u.varnames = append(u.varnames, v)
	}
	var cells, frees []string
	for name, sym := range sc.syms {
		if sym.scope == scopeCell {
			cells = append(cells, name)
		}
		if sym.scope == scopeFree || sym.flags&defFreeClass != 0 {
			frees = append(frees, name)
		}
	}
	sort.Strings(cells)
	sort.Strings(frees)
	if sc.needsClassClosure {
		cells = append([]string{"__class__"}, cells...)
	}
	for _, n := range cells {
		u.cellMap[n] = len(u.cellvars)
		u.cellvars = append(u.cellvars, n)
	}
	for _, n := range frees {
		u.freeMap[n] = len(u.freevars)
		u.freevars = append(u.freevars, n)
	}
	if c.u != nil {
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	c.setQualname()
	return u
}

// exitScope assembles the current unit and returns to the enclosing one.
func (c *compiler) exitScope() *Code {
	code := c.u.assemble(c.filename)
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
	return code
}

// setQualname computes the unit's __qualname__ as CPython's
// compiler_set_qualname does.
func (c *compiler) setQualname() {
	u := c.u
	if len(c.stack) == 0 {
		u.qualname = u.name
		return
	}
	parent := c.stack[len(c.stack)-1]
	if parent.kind == unitModule {
		u.qualname = u.name
		return
	}
	if u.kind == unitFunction || u.kind == unitAsyncFunction || u.kind == unitClass {
		mangled := mangle(parent.private, u.name)
		if parent.scope.scopeOf(mangled) == scopeGlobalExplicit {
			u.qualname = u.name
			return
		}
	}
	base := parent.qualname
	if parent.kind == unitFunction || parent.kind == unitAsyncFunction || parent.kind == unitLambda {
		base += ".<locals>"
	}
	u.qualname = base + "." + u.name
}

// --- Emission ---

// setLoc makes subsequently emitted instructions carry the span of n and
// returns the previous span, for restoring with c.u.loc = old.
func (c *compiler) setLoc(n parser.Node) parser.Span {
	old := c.u.loc
	if s := nodeSpan(n); s.Pos.Line > 0 {
		c.u.loc = s
	}
	return old
}

func (c *compiler) emit(op Opcode, arg int) {
	if arg < 0 || arg > MaxArg {
		errorAt(c.u.loc, "too many values for one instruction (%s %d)", op, arg)
	}
	c.u.instrs = append(c.u.instrs, instr{op: op, arg: arg, target: -1, loc: c.u.loc})
}

func (c *compiler) emitJump(op Opcode, label int) {
	c.u.instrs = append(c.u.instrs, instr{op: op, target: label, loc: c.u.loc})
}

func (c *compiler) newLabel() int {
	c.u.labels = append(c.u.labels, -1)
	return len(c.u.labels) - 1
}

func (c *compiler) bind(label int) {
	c.u.labels[label] = len(c.u.instrs)
}

// constKey identifies a constant for deduplication: values that Python
// distinguishes (1, 1.0, True; 0.0 and -0.0) get different keys.
type constKey struct {
	kind byte
	s    string
	p    *Code
}

func keyOf(v any) constKey {
	switch v := v.(type) {
	case nil:
		return constKey{kind: 'N'}
	case bool:
		if v {
			return constKey{kind: 'T'}
		}
		return constKey{kind: 'F'}
	case int64:
		return constKey{kind: 'i', s: fmt.Sprint(v)}
	case *big.Int:
		return constKey{kind: 'i', s: v.String()}
	case float64:
		return constKey{kind: 'f', s: fmt.Sprintf("%x", v) + fmt.Sprint(1/v < 0)}
	case complex128:
		return constKey{kind: 'c', s: fmt.Sprintf("%x,%x", real(v), imag(v))}
	case string:
		return constKey{kind: 's', s: v}
	case Bytes:
		return constKey{kind: 'b', s: string(v)}
	case Ellipsis:
		return constKey{kind: 'E'}
	case ConstTuple:
		var sb strings.Builder
		for _, x := range v {
			k := keyOf(x)
			fmt.Fprintf(&sb, "%c%d:%s,", k.kind, len(k.s), k.s)
		}
		return constKey{kind: 't', s: sb.String()}
	case *Code:
		return constKey{kind: 'C', p: v}
	}
	panic(fmt.Sprintf("bad constant type %T", v))
}

// addConst returns the index of v in the unit's constants.
func (u *unit) addConst(v any) int {
	k := keyOf(v)
	if i, ok := u.constMap[k]; ok {
		return i
	}
	u.constMap[k] = len(u.consts)
	u.consts = append(u.consts, v)
	return len(u.consts) - 1
}

func (c *compiler) loadConst(v any) { c.emit(LOAD_CONST, c.u.addConst(v)) }

// addName returns the index of name in the unit's Names.
func (u *unit) addName(name string) int {
	if i, ok := u.nameMap[name]; ok {
		return i
	}
	u.nameMap[name] = len(u.names)
	u.names = append(u.names, name)
	return len(u.names) - 1
}

// emitName emits op with Names[name] as argument.
func (c *compiler) emitName(op Opcode, name string) { c.emit(op, c.u.addName(name)) }

// emitAttr emits an attribute instruction, mangling private names.
func (c *compiler) emitAttr(op Opcode, attr string) {
	c.emitName(op, mangle(c.u.private, attr))
}

func (u *unit) varIndex(name string) int {
	if i, ok := u.varMap[name]; ok {
		return i
	}
	u.varMap[name] = len(u.varnames)
	u.varnames = append(u.varnames, name)
	return len(u.varnames) - 1
}

// --- Names ---

type exprCtx int

const (
	ctxLoad exprCtx = iota
	ctxStore
	ctxDel
)

// mangle applies private-name mangling (`__x` in class C -> `_C__x`).
func mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(private, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// nameOp emits the load, store or delete of a variable.
func (c *compiler) nameOp(name string, ctx exprCtx) {
	u := c.u
	mangled := mangle(u.private, name)
	if ctx == ctxLoad && name == "__debug__" {
		c.loadConst(true)
		return
	}
	isFunc := u.scope.typ == functionScope
	switch u.scope.scopeOf(mangled) {
	case scopeFree:
		idx, ok := u.freeMap[mangled]
		if !ok {
			panic("free variable " + mangled + " not in freevars")
		}
		c.emitDeref(len(u.cellvars)+idx, ctx)
		return
	case scopeCell:
		c.emitDeref(u.cellMap[mangled], ctx)
		return
	case scopeLocal:
		if isFunc {
			i := u.varIndex(mangled)
			c.emit([...]Opcode{LOAD_FAST, STORE_FAST, DELETE_FAST}[ctx], i)
			return
		}
	case scopeGlobalImplicit:
		if isFunc {
			c.emitName([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], mangled)
			return
		}
	case scopeGlobalExplicit:
		c.emitName([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], mangled)
		return
	case scopeUnknown:
		if isFunc {
			// A name the symbol pass did not see (should not happen);
			// globals are the safe reading.
			c.emitName([...]Opcode{LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL}[ctx], mangled)
			return
		}
	}
	c.emitName([...]Opcode{LOAD_NAME, STORE_NAME, DELETE_NAME}[ctx], mangled)
}

func (c *compiler) emitDeref(i int, ctx exprCtx) {
	switch ctx {
	case ctxLoad:
		if c.u.scope.typ == classScope {
			c.emit(LOAD_CLASSDEREF, i)
		} else {
			c.emit(LOAD_DEREF, i)
		}
	case ctxStore:
		c.emit(STORE_DEREF, i)
	default:
		c.emit(DELETE_DEREF, i)
	}
}

// --- Modules ---

func (c *compiler) compileModule(mod *parser.Module) *Code {
	c.enterScope("<module>", unitModule, mod, 1)
	c.u.firstLine = 1
	if len(mod.Body) > 0 {
		c.u.loc = nodeSpan(mod.Body[0])
		c.u.loc.End = c.u.loc.Pos
	}
	switch c.mode {
	case ModeEval:
		if len(mod.Body) != 1 {
			errorAt(c.u.loc, "invalid syntax")
		}
		es, ok := mod.Body[0].(*parser.ExprStmt)
		if !ok {
			errorAt(nodeSpan(mod.Body[0]), "invalid syntax")
		}
		c.expr(es.Value)
		c.emit(RETURN_VALUE, 0)
	case ModeInteractive, ModeInteractiveAsync:
		if findAnnotations(mod.Body) {
			c.setupAnnotations()
		}
		c.stmts(mod.Body)
	default:
		c.body(mod.Body)
	}
	return c.exitScope()
}

// body compiles a module or class body: __annotations__ setup, the
// docstring into __doc__, then the statements.
func (c *compiler) body(stmts []parser.Stmt) {
	if findAnnotations(stmts) {
		c.setupAnnotations()
	}
	if doc, ok := docstring(stmts); ok {
		old := c.setLoc(stmts[0])
		c.loadConst(doc)
		c.nameOp("__doc__", ctxStore)
		c.u.loc = old
		stmts = stmts[1:]
	}
	c.stmts(stmts)
}

// setupAnnotations creates the __annotations__ dict of a module or class
// body (CPython's SETUP_ANNOTATIONS, spelled with existing opcodes).
func (c *compiler) setupAnnotations() {
	c.emit(BUILD_MAP, 0)
	c.emitName(STORE_NAME, "__annotations__")
}

// docstring returns the docstring of a body, if its first statement is a
// string literal.
func docstring(stmts []parser.Stmt) (string, bool) {
	if len(stmts) == 0 {
		return "", false
	}
	if es, ok := stmts[0].(*parser.ExprStmt); ok {
		if k, ok := es.Value.(*parser.Constant); ok && k.Kind == parser.ConstStr {
			return k.Str, true
		}
	}
	return "", false
}

// findAnnotations reports whether stmts contain an annotated assignment
// outside nested functions and classes (CPython's find_ann).
func findAnnotations(stmts []parser.Stmt) bool {
	for _, s := range stmts {
		switch s := s.(type) {
		case *parser.AnnAssign:
			return true
		case *parser.For:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *parser.While:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *parser.If:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) {
				return true
			}
		case *parser.With:
			if findAnnotations(s.Body) {
				return true
			}
		case *parser.Try:
			if findAnnotations(s.Body) || findAnnotations(s.Orelse) || findAnnotations(s.Finalbody) {
				return true
			}
			for _, h := range s.Handlers {
				if findAnnotations(h.Body) {
					return true
				}
			}
		}
	}
	return false
}

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"barry_as_FLUFL": true, "generator_stop": true, "annotations": true,
}

// checkFuture validates `from __future__ import` statements (CPython's
// future.c) and records the annotations feature.
func (c *compiler) checkFuture(mod *parser.Module) {
	atStart := true
	for i, s := range mod.Body {
		if i == 0 {
			if _, ok := docstring(mod.Body); ok {
				continue
			}
		}
		imp, ok := s.(*parser.ImportFrom)
		if ok && imp.Module == "__future__" && imp.Level == 0 {
			if !atStart {
				errorAt(imp.Span, "from __future__ imports must occur at the beginning of the file")
			}
			for _, a := range imp.Names {
				switch {
				case a.Name == "braces":
					errorAt(imp.Span, "not a chance")
				case !futureFeatures[a.Name]:
					errorAt(imp.Span, "future feature %s is not defined", a.Name)
				case a.Name == "annotations":
					c.futureAnnotations = true
				}
			}
			continue
		}
		atStart = false
	}
	// Future imports elsewhere (nested blocks) are errors too.
	var walk func([]parser.Stmt, bool)
	walk = func(ss []parser.Stmt, top bool) {
		for _, s := range ss {
			switch s := s.(type) {
			case *parser.ImportFrom:
				if !top && s.Module == "__future__" && s.Level == 0 {
					errorAt(s.Span, "from __future__ imports must occur at the beginning of the file")
				}
			case *parser.If:
				walk(s.Body, false)
				walk(s.Orelse, false)
			case *parser.For:
				walk(s.Body, false)
				walk(s.Orelse, false)
			case *parser.While:
				walk(s.Body, false)
				walk(s.Orelse, false)
			case *parser.With:
				walk(s.Body, false)
			case *parser.Try:
				walk(s.Body, false)
				walk(s.Orelse, false)
				walk(s.Finalbody, false)
				for _, h := range s.Handlers {
					walk(h.Body, false)
				}
			case *parser.FunctionDef:
				walk(s.Body, false)
			case *parser.ClassDef:
				walk(s.Body, false)
			}
		}
	}
	walk(mod.Body, true)
}

// annotation compiles an annotation that is stored in __annotations__:
// its value, or under `from __future__ import annotations` its source
// text as a string.
func (c *compiler) annotation(e parser.Expr) {
	if c.futureAnnotations {
		if text, ok := c.sourceText(nodeSpan(e)); ok {
			old := c.setLoc(e)
			c.loadConst(text)
			c.u.loc = old
			return
		}
		// TODO(compiler): unparse the expression when no source is given.
	}
	if st, ok := e.(*parser.Starred); ok {
		// `*args: *Ts` (PEP 646): the annotation is the single item of Ts.
		c.expr(st.Value)
		old := c.setLoc(e)
		c.emit(UNPACK_SEQUENCE, 1)
		c.u.loc = old
		return
	}
	c.expr(e)
}

// sourceText returns the source text of span, with line breaks and runs
// of blanks collapsed to one space.
func (c *compiler) sourceText(span parser.Span) (string, bool) {
	if c.src == nil || span.Pos.Line == 0 || span.End.Line < span.Pos.Line {
		return "", false
	}
	lines := strings.Split(string(c.src), "\n")
	if span.End.Line > len(lines) {
		return "", false
	}
	var sb strings.Builder
	for l := span.Pos.Line; l <= span.End.Line; l++ {
		r := []rune(strings.TrimRight(lines[l-1], "\r"))
		from, to := 0, len(r)
		if l == span.Pos.Line {
			from = span.Pos.Col - 1
		}
		if l == span.End.Line {
			to = span.End.Col - 1
		}
		if from < 0 || to > len(r) || from > to {
			return "", false
		}
		if l > span.Pos.Line {
			sb.WriteByte(' ')
		}
		sb.WriteString(string(r[from:to]))
	}
	return strings.Join(strings.Fields(sb.String()), " "), true
}
