package compiler

// This file defines code generation for statements, including function
// and class definitions, assignment targets, loops, try/except/finally,
// with and async with, imports, and the unwinding of the frame-block stack
// for return/break/continue (CPython 3.10's compiler_unwind_fblock).

import (
	"strings"

	"pyco/parser"
)

// fblockKind is the kind of a compile-time frame block: a statement
// whose exit needs cleanup code when return/break/continue leaves it.
type fblockKind int

const (
	fbWhileLoop fblockKind = iota
	fbForLoop
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbWith
	fbAsyncWith
	fbHandlerCleanup
	fbPopValue
	fbExceptionHandler
)

// An fblock is one entry of the compile-time block stack.
type fblock struct {
	kind      fblockKind
	start     int           // loops: the continue target label
	exit      int           // loops: the break target label
	finalBody []parser.Stmt // fbFinallyTry: the finally body to inline
	name      string        // fbHandlerCleanup: the `except ... as name` variable; or ""
	loc       parser.Span   // fbWith/fbAsyncWith: the with statement
}

func (c *compiler) pushFblock(fb *fblock) { c.u.fblocks = append(c.u.fblocks, fb) }

func (c *compiler) popFblock() { c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1] }

// unwindFblock emits the code that leaves fb. If preserveTOS, the value on
// top of the stack (a return value) is kept on top.
func (c *compiler) unwindFblock(fb *fblock, preserveTOS bool) {
	switch fb.kind {
	case fbWhileLoop, fbExceptionHandler:
	case fbForLoop:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_TOP, 0) // the iterator
	case fbTryExcept:
		c.emit(POP_BLOCK, 0)
	case fbFinallyTry:
		c.emit(POP_BLOCK, 0)
		if preserveTOS {
			c.pushFblock(&fblock{kind: fbPopValue})
		}
		c.stmts(fb.finalBody)
		if preserveTOS {
			c.popFblock()
		}
	case fbFinallyEnd:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_TOP, 0) // the exception
		c.emit(POP_EXCEPT, 0)
	case fbWith, fbAsyncWith:
		old := c.u.loc
		c.u.loc = fb.loc
		c.emit(POP_BLOCK, 0)
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.callExitWithNones()
		if fb.kind == fbAsyncWith {
			c.emitAwait(2)
		}
		c.emit(POP_TOP, 0)
		c.u.loc = old
	case fbHandlerCleanup:
		if fb.name != "" {
			c.emit(POP_BLOCK, 0)
		}
		c.emit(POP_EXCEPT, 0)
		if fb.name != "" {
			c.loadConst(nil)
			c.nameOp(fb.name, ctxStore)
			c.nameOp(fb.name, ctxDel)
		}
	case fbPopValue:
		if preserveTOS {
			c.emit(ROT_TWO, 0)
		}
		c.emit(POP_TOP, 0)
	}
}

// unwindFblockStack unwinds every block (or, with toLoop, every block
// inside the innermost loop, which it returns; nil if there is none).
func (c *compiler) unwindFblockStack(preserveTOS, toLoop bool) *fblock {
	u := c.u
	n := len(u.fblocks)
	if n == 0 {
		return nil
	}
	top := u.fblocks[n-1]
	if toLoop && (top.kind == fbWhileLoop || top.kind == fbForLoop) {
		return top
	}
	u.fblocks = u.fblocks[:n-1]
	c.unwindFblock(top, preserveTOS)
	loop := c.unwindFblockStack(preserveTOS, toLoop)
	u.fblocks = append(u.fblocks, top)
	return loop
}

func (c *compiler) callExitWithNones() {
	c.loadConst(nil)
	c.emit(DUP_TOP, 0)
	c.emit(DUP_TOP, 0)
	c.emit(CALL_FUNCTION, 3)
}

// --- Statements ---

func (c *compiler) stmts(ss []parser.Stmt) {
	for _, s := range ss {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s parser.Stmt) {
	old := c.setLoc(s)
	defer func() { c.u.loc = old }()
	switch s := s.(type) {
	case *parser.FunctionDef:
		c.functionDef(s)
	case *parser.ClassDef:
		c.classDef(s)
	case *parser.Return:
		c.returnStmt(s)
	case *parser.Delete:
		for _, t := range s.Targets {
			c.deleteTarget(t)
		}
	case *parser.Assign:
		c.assign(s)
	case *parser.AugAssign:
		c.augAssign(s)
	case *parser.AnnAssign:
		c.annAssign(s)
	case *parser.For:
		if s.IsAsync {
			c.asyncFor(s)
		} else {
			c.forStmt(s)
		}
	case *parser.While:
		c.whileStmt(s)
	case *parser.If:
		c.ifStmt(s)
	case *parser.With:
		if s.IsAsync {
			if c.u.kind != unitAsyncFunction && !c.allowTopLevelAwait() {
				errorAt(s.Span, "'async with' outside async function")
			}
		}
		c.with(s, 0)
	case *parser.Raise:
		n := 0
		if s.Exc != nil {
			c.expr(s.Exc)
			n = 1
			if s.Cause != nil {
				c.expr(s.Cause)
				n = 2
			}
		}
		c.emit(RAISE_VARARGS, n)
	case *parser.Try:
		if len(s.Finalbody) > 0 {
			c.tryFinally(s)
		} else {
			c.tryExcept(s)
		}
	case *parser.Assert:
		end := c.newLabel()
		c.jumpIf(s.Test, end, true)
		c.emit(LOAD_ASSERTION_ERROR, 0)
		if s.Msg != nil {
			c.expr(s.Msg)
			c.emit(CALL_FUNCTION, 1)
		}
		c.emit(RAISE_VARARGS, 1)
		c.bind(end)
	case *parser.Import:
		c.importStmt(s)
	case *parser.ImportFrom:
		c.importFrom(s)
	case *parser.Global, *parser.Nonlocal, *parser.Pass:
	case *parser.ExprStmt:
		if c.interactive && len(c.stack) == 0 {
			c.expr(s.Value)
			c.emit(PRINT_EXPR, 0)
			return
		}
		if _, ok := s.Value.(*parser.Constant); ok {
			return // a docstring-like constant does nothing
		}
		c.expr(s.Value)
		c.emit(POP_TOP, 0)
	case *parser.Break:
		loop := c.unwindFblockStack(false, true)
		if loop == nil {
			errorAt(s.Span, "'break' outside loop")
		}
		c.unwindFblock(loop, false)
		c.emitJump(JUMP, loop.exit)
	case *parser.Continue:
		loop := c.unwindFblockStack(false, true)
		if loop == nil {
			errorAt(s.Span, "'continue' not properly in loop")
		}
		c.emitJump(JUMP, loop.start)
	default:
		panic("unknown statement type")
	}
}

func (c *compiler) returnStmt(s *parser.Return) {
	if c.u.scope.typ != functionScope {
		errorAt(s.Span, "'return' outside function")
	}
	if s.Value != nil && c.u.scope.coroutine && c.u.scope.generator {
		errorAt(s.Span, "'return' with value in async generator")
	}
	_, isConst := constValue(s.Value)
	preserve := s.Value != nil && !isConst
	if preserve {
		c.expr(s.Value)
	}
	c.unwindFblockStack(preserve, false)
	if s.Value == nil {
		c.loadConst(nil)
	} else if !preserve {
		c.expr(s.Value)
	}
	c.emit(RETURN_VALUE, 0)
}

// --- Definitions ---

func (c *compiler) decorators(ds []parser.Expr) { c.exprs(ds) }

func (c *compiler) functionDef(s *parser.FunctionDef) {
	c.decorators(s.DecoratorList)
	firstLine := s.Pos.Line
	if len(s.DecoratorList) > 0 {
		firstLine = nodeSpan(s.DecoratorList[0]).Pos.Line
	}
	flags := c.defaults(s.Args)
	kind := unitFunction
	if s.IsAsync {
		kind = unitAsyncFunction
	}
	c.enterScope(s.Name, kind, s, firstLine)
	body := s.Body
	if doc, ok := docstring(body); ok {
		c.u.addConst(doc)
		body = body[1:]
	} else {
		c.u.addConst(nil)
	}
	c.setArgCounts(s.Args)
	c.stmts(body)
	code := c.exitScope()
	c.makeClosure(code, flags)
	c.functionAnnotations(s.Args, s.Returns)
	for range s.DecoratorList {
		c.emit(CALL_FUNCTION, 1)
	}
	c.nameOp(s.Name, ctxStore)
}

// functionAnnotations sets __annotations__ on the function on top of the
// stack when it has annotated parameters or a return annotation. The
// dict is built after the function (MAKE_FUNCTION has no annotations
// operand in pyco): DUP_TOP; <dict>; ROT_TWO; STORE_ATTR __annotations__.
// Keys follow CPython's order: positional, positional-only, *args,
// keyword-only, **kwargs, return.
func (c *compiler) functionAnnotations(a *parser.Arguments, returns parser.Expr) {
	type ann struct {
		name string
		e    parser.Expr
	}
	var anns []ann
	add := func(arg *parser.Arg) {
		if arg != nil && arg.Annotation != nil {
			anns = append(anns, ann{mangle(c.u.private, arg.Arg), arg.Annotation})
		}
	}
	if a != nil {
		for _, list := range [][]*parser.Arg{a.Args, a.PosOnlyArgs, {a.Vararg}, a.KwOnlyArgs, {a.Kwarg}} {
			for _, arg := range list {
				add(arg)
			}
		}
	}
	if returns != nil {
		anns = append(anns, ann{"return", returns})
	}
	if len(anns) == 0 {
		return
	}
	c.emit(DUP_TOP, 0)
	names := make(ConstTuple, len(anns))
	for i, an := range anns {
		c.annotation(an.e)
		names[i] = an.name
	}
	c.loadConst(names)
	c.emit(BUILD_CONST_KEY_MAP, len(anns))
	c.emit(ROT_TWO, 0)
	c.emitName(STORE_ATTR, "__annotations__")
}

func (c *compiler) classDef(s *parser.ClassDef) {
	c.decorators(s.DecoratorList)
	firstLine := s.Pos.Line
	if len(s.DecoratorList) > 0 {
		firstLine = nodeSpan(s.DecoratorList[0]).Pos.Line
	}
	c.enterScope(s.Name, unitClass, s, firstLine)
	c.u.private = s.Name
	c.nameOp("__name__", ctxLoad)
	c.nameOp("__module__", ctxStore)
	c.loadConst(c.u.qualname)
	c.nameOp("__qualname__", ctxStore)
	c.body(s.Body)
	if c.u.scope.needsClassClosure {
		c.emit(LOAD_CLOSURE, c.u.cellMap["__class__"])
		c.emit(DUP_TOP, 0)
		c.emitName(STORE_NAME, "__classcell__")
	} else {
		c.loadConst(nil)
	}
	c.emit(RETURN_VALUE, 0)
	code := c.exitScope()
	c.emit(LOAD_BUILD_CLASS, 0)
	c.makeClosure(code, 0)
	c.loadConst(s.Name)
	c.checkKeywords(s.Keywords)
	c.callHelper(2, s.Bases, s.Keywords)
	for range s.DecoratorList {
		c.emit(CALL_FUNCTION, 1)
	}
	c.nameOp(s.Name, ctxStore)
}

// --- Assignment ---

func (c *compiler) assign(s *parser.Assign) {
	if len(s.Targets) == 1 && c.swapAssign(s.Targets[0], s.Value) {
		return
	}
	c.expr(s.Value)
	for i, t := range s.Targets {
		if i < len(s.Targets)-1 {
			c.emit(DUP_TOP, 0)
		}
		c.assignTarget(t)
	}
}

// swapAssign compiles `a, b = x, y` (2 or 3 items, no stars) without
// building a tuple: the values are rotated into unpacking order.
func (c *compiler) swapAssign(target, value parser.Expr) bool {
	var tel, vel []parser.Expr
	switch t := target.(type) {
	case *parser.Tuple:
		tel = t.Elts
	case *parser.List:
		tel = t.Elts
	default:
		return false
	}
	v, ok := value.(*parser.Tuple)
	if !ok {
		return false
	}
	vel = v.Elts
	if len(tel) != len(vel) || len(tel) < 2 || len(tel) > 3 {
		return false
	}
	for _, e := range append(append([]parser.Expr{}, tel...), vel...) {
		if _, ok := e.(*parser.Starred); ok {
			return false
		}
	}
	c.exprs(vel)
	old := c.setLoc(target)
	if len(vel) == 2 {
		c.emit(ROT_TWO, 0)
	} else {
		c.emit(ROT_THREE, 0)
		c.emit(ROT_TWO, 0)
	}
	c.u.loc = old
	for _, t := range tel {
		c.assignTarget(t)
	}
	return true
}

// assignTarget stores the value on top of the stack into target.
func (c *compiler) assignTarget(t parser.Expr) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	switch t := t.(type) {
	case *parser.Name:
		c.nameOp(t.Id, ctxStore)
	case *parser.Attribute:
		c.expr(t.Value)
		c.setLoc(t)
		c.emitAttr(STORE_ATTR, t.Attr)
	case *parser.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(STORE_SUBSCR, 0)
	case *parser.Starred:
		errorAt(t.Span, "starred assignment target must be in a list or tuple")
	case *parser.Tuple:
		c.unpackTargets(t.Span, t.Elts)
	case *parser.List:
		c.unpackTargets(t.Span, t.Elts)
	default:
		errorAt(nodeSpan(t), "cannot assign to expression")
	}
}

func (c *compiler) unpackTargets(span parser.Span, elts []parser.Expr) {
	seenStar := false
	n := len(elts)
	for i, e := range elts {
		if _, ok := e.(*parser.Starred); ok {
			if seenStar {
				errorAt(span, "multiple starred expressions in assignment")
			}
			if i >= 1<<8 || n-i-1 >= 1<<16 {
				errorAt(span, "too many expressions in star-unpacking assignment")
			}
			c.emit(UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.emit(UNPACK_SEQUENCE, n)
	}
	for _, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			c.assignTarget(s.Value)
		} else {
			c.assignTarget(e)
		}
	}
}

func (c *compiler) deleteTarget(t parser.Expr) {
	old := c.setLoc(t)
	defer func() { c.u.loc = old }()
	switch t := t.(type) {
	case *parser.Name:
		c.nameOp(t.Id, ctxDel)
	case *parser.Attribute:
		c.expr(t.Value)
		c.setLoc(t)
		c.emitAttr(DELETE_ATTR, t.Attr)
	case *parser.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(DELETE_SUBSCR, 0)
	case *parser.Tuple:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	case *parser.List:
		for _, e := range t.Elts {
			c.deleteTarget(e)
		}
	default:
		errorAt(nodeSpan(t), "cannot delete expression")
	}
}

func (c *compiler) augAssign(s *parser.AugAssign) {
	switch t := s.Target.(type) {
	case *parser.Attribute:
		c.expr(t.Value)
		old := c.setLoc(t)
		c.emit(DUP_TOP, 0)
		c.emitAttr(LOAD_ATTR, t.Attr)
		c.u.loc = old
		c.expr(s.Value)
		c.emit(BINARY_OP, InplaceBase+int(s.Op))
		c.setLoc(t)
		c.emit(ROT_TWO, 0)
		c.emitAttr(STORE_ATTR, t.Attr)
	case *parser.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		old := c.setLoc(t)
		c.emit(DUP_TOP_TWO, 0)
		c.emit(BINARY_SUBSCR, 0)
		c.u.loc = old
		c.expr(s.Value)
		c.emit(BINARY_OP, InplaceBase+int(s.Op))
		c.setLoc(t)
		c.emit(ROT_THREE, 0)
		c.emit(STORE_SUBSCR, 0)
	case *parser.Name:
		old := c.setLoc(t)
		c.nameOp(t.Id, ctxLoad)
		c.u.loc = old
		c.expr(s.Value)
		c.emit(BINARY_OP, InplaceBase+int(s.Op))
		c.setLoc(t)
		c.nameOp(t.Id, ctxStore)
	default:
		errorAt(nodeSpan(s.Target), "'%s' is an illegal expression for augmented assignment", exprKindName(s.Target))
	}
}

// exprKindName names an expression kind as CPython's error messages do.
func exprKindName(e parser.Expr) string {
	switch e := e.(type) {
	case *parser.Tuple:
		return "tuple"
	case *parser.List:
		return "list"
	case *parser.Call:
		return "function call"
	case *parser.Constant:
		return "literal"
	case *parser.Compare:
		return "comparison"
	case *parser.Lambda:
		return "lambda"
	case *parser.Starred:
		return "starred"
	case *parser.Dict:
		return "dict literal"
	case *parser.Set:
		return "set display"
	case *parser.NamedExpr:
		return "named expression"
	case *parser.Await:
		return "await expression"
	case *parser.Yield, *parser.YieldFrom:
		return "yield expression"
	case *parser.IfExp:
		return "conditional expression"
	case *parser.GeneratorExp:
		return "generator expression"
	case *parser.ListComp:
		return "list comprehension"
	case *parser.UnaryOp, *parser.BinOp, *parser.BoolOp:
		return "expression"
	default:
		_ = e
		return "expression"
	}
}

func (c *compiler) annAssign(s *parser.AnnAssign) {
	if s.Value != nil {
		c.expr(s.Value)
		c.assignTarget(s.Target)
	}
	atModuleOrClass := c.u.kind == unitModule || c.u.kind == unitClass
	switch t := s.Target.(type) {
	case *parser.Name:
		if s.Simple && atModuleOrClass {
			c.annotation(s.Annotation)
			c.emitName(LOAD_NAME, "__annotations__")
			c.loadConst(mangle(c.u.private, t.Id))
			c.emit(STORE_SUBSCR, 0)
			return
		}
	case *parser.Attribute:
		if s.Value == nil {
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
		}
	case *parser.Subscript:
		if s.Value == nil {
			c.expr(t.Value)
			c.emit(POP_TOP, 0)
			c.expr(t.Slice)
			c.emit(POP_TOP, 0)
		}
	}
	if !s.Simple && atModuleOrClass && !c.futureAnnotations {
		c.expr(s.Annotation)
		c.emit(POP_TOP, 0)
	}
}

// --- Control flow ---

func (c *compiler) ifStmt(s *parser.If) {
	end := c.newLabel()
	if len(s.Orelse) == 0 {
		c.jumpIf(s.Test, end, false)
		c.stmts(s.Body)
		c.bind(end)
		return
	}
	next := c.newLabel()
	c.jumpIf(s.Test, next, false)
	c.stmts(s.Body)
	c.emitJump(JUMP, end)
	c.bind(next)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) whileStmt(s *parser.While) {
	loop, body, anchor, end := c.newLabel(), c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(loop)
	c.pushFblock(&fblock{kind: fbWhileLoop, start: loop, exit: end})
	c.jumpIf(s.Test, anchor, false)
	c.bind(body)
	c.stmts(s.Body)
	// Test again at the bottom, so each iteration takes one jump.
	c.setLoc(s)
	c.jumpIf(s.Test, body, true)
	c.popFblock()
	c.bind(anchor)
	c.stmts(s.Orelse)
	c.bind(end)
}

func (c *compiler) forStmt(s *parser.For) {
	start, cleanup, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.pushFblock(&fblock{kind: fbForLoop, start: start, exit: end})
	c.iterExpr(s.Iter)
	c.emit(GET_ITER, 0)
	c.bind(start)
	c.emitJump(FOR_ITER, cleanup)
	c.assignTarget(s.Target)
	c.stmts(s.Body)
	c.setLoc(s)
	c.emitJump(JUMP, start)
	c.bind(cleanup)
	c.popFblock()
	c.stmts(s.Orelse)
	c.bind(end)
}

// iterExpr compiles the iterable of a for loop (or the right operand of
// `in`); a list display of constants becomes a constant tuple.
func (c *compiler) iterExpr(e parser.Expr) {
	if l, ok := e.(*parser.List); ok {
		if v, ok := constTuple(l.Elts); ok {
			old := c.setLoc(e)
			c.loadConst(v)
			c.u.loc = old
			return
		}
	}
	c.expr(e)
}

func (c *compiler) asyncFor(s *parser.For) {
	if c.u.kind != unitAsyncFunction && !c.allowTopLevelAwait() {
		errorAt(s.Span, "'async for' outside async function")
	}
	start, except, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.expr(s.Iter)
	c.emit(GET_AITER, 0)
	c.bind(start)
	c.pushFblock(&fblock{kind: fbForLoop, start: start, exit: end})
	c.emitJump(SETUP_FINALLY, except)
	c.emit(GET_ANEXT, 0)
	c.loadConst(nil)
	c.emit(YIELD_FROM, 0)
	c.emit(POP_BLOCK, 0)
	c.assignTarget(s.Target)
	c.stmts(s.Body)
	c.setLoc(s)
	c.emitJump(JUMP, start)
	c.popFblock()
	c.bind(except)
	c.emit(END_ASYNC_FOR, 0)
	c.stmts(s.Orelse)
	c.bind(end)
}

// --- Exceptions ---

func (c *compiler) tryFinally(s *parser.Try) {
	end, exit := c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, end)
	c.pushFblock(&fblock{kind: fbFinallyTry, finalBody: s.Finalbody})
	if len(s.Handlers) > 0 {
		c.tryExcept(s)
	} else {
		c.stmts(s.Body)
	}
	c.emit(POP_BLOCK, 0)
	c.popFblock()
	c.stmts(s.Finalbody)
	c.emitJump(JUMP, exit)
	c.bind(end)
	c.pushFblock(&fblock{kind: fbFinallyEnd})
	c.stmts(s.Finalbody)
	c.popFblock()
	c.emit(RERAISE, 0)
	c.bind(exit)
}

func (c *compiler) tryExcept(s *parser.Try) {
	loc := c.u.loc
	defer func() { c.u.loc = loc }()
	except, orelse, end := c.newLabel(), c.newLabel(), c.newLabel()
	c.emitJump(SETUP_FINALLY, except)
	c.pushFblock(&fblock{kind: fbTryExcept})
	c.stmts(s.Body)
	c.popFblock()
	c.emit(POP_BLOCK, 0)
	c.emitJump(JUMP, orelse)
	c.bind(except)
	c.pushFblock(&fblock{kind: fbExceptionHandler})
	for i, h := range s.Handlers {
		c.setLoc(h)
		if h.Type == nil && i < len(s.Handlers)-1 {
			errorAt(h.Span, "default 'except:' must be last")
		}
		next := c.newLabel()
		if h.Type != nil {
			c.emit(DUP_TOP, 0)
			c.expr(h.Type)
			c.emitJump(JUMP_IF_NOT_EXC_MATCH, next)
		}
		if h.Name != "" {
			cleanupEnd := c.newLabel()
			c.nameOp(h.Name, ctxStore)
			c.emitJump(SETUP_FINALLY, cleanupEnd)
			c.pushFblock(&fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.popFblock()
			c.setLoc(h)
			c.emit(POP_BLOCK, 0)
			c.emit(POP_EXCEPT, 0)
			c.loadConst(nil)
			c.nameOp(h.Name, ctxStore)
			c.nameOp(h.Name, ctxDel)
			c.emitJump(JUMP, end)
			c.bind(cleanupEnd)
			c.loadConst(nil)
			c.nameOp(h.Name, ctxStore)
			c.nameOp(h.Name, ctxDel)
			c.emit(RERAISE, 0)
		} else {
			c.emit(POP_TOP, 0)
			c.pushFblock(&fblock{kind: fbHandlerCleanup})
			c.stmts(h.Body)
			c.popFblock()
			c.setLoc(h)
			c.emit(POP_EXCEPT, 0)
			c.emitJump(JUMP, end)
		}
		c.bind(next)
	}
	c.popFblock()
	c.u.loc = loc
	c.emit(RERAISE, 0)
	c.bind(orelse)
	c.stmts(s.Orelse)
	c.bind(end)
}

// with compiles items[i:] of a with statement and its body.
func (c *compiler) with(s *parser.With, i int) {
	item := s.Items[i]
	final, exit := c.newLabel(), c.newLabel()
	c.expr(item.ContextExpr)
	c.setLoc(s)
	kind := fbWith
	if s.IsAsync {
		kind = fbAsyncWith
		c.emit(BEFORE_ASYNC_WITH, 0)
		c.emitAwait(1)
		c.emitJump(SETUP_ASYNC_WITH, final)
	} else {
		c.emitJump(SETUP_WITH, final)
	}
	c.pushFblock(&fblock{kind: kind, loc: s.Span})
	if item.OptionalVars != nil {
		c.assignTarget(item.OptionalVars)
	} else {
		c.emit(POP_TOP, 0)
	}
	if i+1 < len(s.Items) {
		c.with(s, i+1)
	} else {
		c.stmts(s.Body)
	}
	c.setLoc(s)
	c.emit(POP_BLOCK, 0)
	c.popFblock()
	c.callExitWithNones()
	if s.IsAsync {
		c.emitAwait(2)
	}
	c.emit(POP_TOP, 0)
	c.emitJump(JUMP, exit)
	c.bind(final)
	c.emit(WITH_EXCEPT_START, 0)
	if s.IsAsync {
		c.emitAwait(2)
	}
	suppress := c.newLabel()
	c.emitJump(POP_JUMP_IF_TRUE, suppress)
	c.emit(RERAISE, 0)
	c.bind(suppress)
	c.emit(POP_TOP, 0) // the exception
	c.emit(POP_EXCEPT, 0)
	c.emit(POP_TOP, 0) // __exit__
	c.bind(exit)
}

// --- Imports ---

func (c *compiler) importStmt(s *parser.Import) {
	for _, a := range s.Names {
		old := c.setLoc(a)
		c.loadConst(int64(0))
		c.loadConst(nil)
		c.emitName(IMPORT_NAME, a.Name)
		if a.AsName != "" {
			parts := strings.Split(a.Name, ".")
			if len(parts) > 1 {
				for j, p := range parts[1:] {
					c.emitName(IMPORT_FROM, p)
					if j < len(parts)-2 {
						c.emit(ROT_TWO, 0)
						c.emit(POP_TOP, 0)
					}
				}
				c.nameOp(a.AsName, ctxStore)
				c.emit(POP_TOP, 0)
			} else {
				c.nameOp(a.AsName, ctxStore)
			}
		} else {
			name := a.Name
			if i := strings.IndexByte(name, '.'); i >= 0 {
				name = name[:i]
			}
			c.nameOp(name, ctxStore)
		}
		c.u.loc = old
	}
}

func (c *compiler) importFrom(s *parser.ImportFrom) {
	c.loadConst(int64(s.Level))
	names := make(ConstTuple, len(s.Names))
	for i, a := range s.Names {
		names[i] = a.Name
	}
	c.loadConst(names)
	c.emitName(IMPORT_NAME, s.Module)
	for i, a := range s.Names {
		if i == 0 && a.Name == "*" {
			c.emit(IMPORT_STAR, 0)
			return
		}
		old := c.setLoc(a)
		c.emitName(IMPORT_FROM, a.Name)
		store := a.Name
		if a.AsName != "" {
			store = a.AsName
		}
		c.nameOp(store, ctxStore)
		c.u.loc = old
	}
	c.emit(POP_TOP, 0)
}
