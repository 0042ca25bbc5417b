package compiler

// This file defines code generation for expressions: operators, displays,
// calls, comprehensions, lambdas, f-strings, yield/await, and the jump
// forms of conditions used by if/while/assert.

import (
	"pyco/parser"
)

// stackGuard is CPython's STACK_USE_GUARDRAIL: displays and calls with
// more items than this are built incrementally instead of on the stack.
const stackGuard = 30

// nodeSpan returns the source span of any AST node.
func nodeSpan(n parser.Node) parser.Span {
	switch n := n.(type) {
	case *parser.FunctionDef:
		return n.Span
	case *parser.ClassDef:
		return n.Span
	case *parser.Return:
		return n.Span
	case *parser.Delete:
		return n.Span
	case *parser.Assign:
		return n.Span
	case *parser.AugAssign:
		return n.Span
	case *parser.AnnAssign:
		return n.Span
	case *parser.For:
		return n.Span
	case *parser.While:
		return n.Span
	case *parser.If:
		return n.Span
	case *parser.With:
		return n.Span
	case *parser.Raise:
		return n.Span
	case *parser.Try:
		return n.Span
	case *parser.Assert:
		return n.Span
	case *parser.Import:
		return n.Span
	case *parser.ImportFrom:
		return n.Span
	case *parser.Global:
		return n.Span
	case *parser.Nonlocal:
		return n.Span
	case *parser.ExprStmt:
		return n.Span
	case *parser.Pass:
		return n.Span
	case *parser.Break:
		return n.Span
	case *parser.Continue:
		return n.Span
	case *parser.BoolOp:
		return n.Span
	case *parser.NamedExpr:
		return n.Span
	case *parser.BinOp:
		return n.Span
	case *parser.UnaryOp:
		return n.Span
	case *parser.Lambda:
		return n.Span
	case *parser.IfExp:
		return n.Span
	case *parser.Dict:
		return n.Span
	case *parser.Set:
		return n.Span
	case *parser.ListComp:
		return n.Span
	case *parser.SetComp:
		return n.Span
	case *parser.DictComp:
		return n.Span
	case *parser.GeneratorExp:
		return n.Span
	case *parser.Await:
		return n.Span
	case *parser.Yield:
		return n.Span
	case *parser.YieldFrom:
		return n.Span
	case *parser.Compare:
		return n.Span
	case *parser.Call:
		return n.Span
	case *parser.FormattedValue:
		return n.Span
	case *parser.JoinedStr:
		return n.Span
	case *parser.Constant:
		return n.Span
	case *parser.Attribute:
		return n.Span
	case *parser.Subscript:
		return n.Span
	case *parser.Starred:
		return n.Span
	case *parser.Name:
		return n.Span
	case *parser.List:
		return n.Span
	case *parser.Tuple:
		return n.Span
	case *parser.Slice:
		return n.Span
	case *parser.Arg:
		return n.Span
	case *parser.Keyword:
		return n.Span
	case *parser.Alias:
		return n.Span
	case *parser.ExceptHandler:
		return n.Span
	}
	return parser.Span{}
}

// expr compiles e, leaving its value on the stack.
func (c *compiler) expr(e parser.Expr) {
	old := c.setLoc(e)
	c.expr1(e)
	c.u.loc = old
}

func (c *compiler) exprs(es []parser.Expr) {
	for _, e := range es {
		c.expr(e)
	}
}

func (c *compiler) expr1(e parser.Expr) {
	if v, ok := constValue(e); ok {
		c.loadConst(v)
		return
	}
	switch e := e.(type) {
	case *parser.Name:
		c.nameOp(e.Id, ctxLoad)
	case *parser.Constant:
		c.loadConst(constOf(e))
	case *parser.BoolOp:
		op := JUMP_IF_FALSE_OR_POP
		if e.Op == parser.Or {
			op = JUMP_IF_TRUE_OR_POP
		}
		end := c.newLabel()
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.expr(v)
			c.emitJump(op, end)
		}
		c.expr(e.Values[n])
		c.bind(end)
	case *parser.NamedExpr:
		c.expr(e.Value)
		c.emit(DUP_TOP, 0)
		c.assignTarget(e.Target)
	case *parser.BinOp:
		c.expr(e.Left)
		c.expr(e.Right)
		c.emit(BINARY_OP, int(e.Op))
	case *parser.UnaryOp:
		c.expr(e.Operand)
		c.emit([...]Opcode{parser.Invert: UNARY_INVERT, parser.Not: UNARY_NOT, parser.UAdd: UNARY_POSITIVE, parser.USub: UNARY_NEGATIVE}[e.Op], 0)
	case *parser.Lambda:
		c.lambda(e)
	case *parser.IfExp:
		end, orelse := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, orelse, false)
		c.expr(e.Body)
		c.emitJump(JUMP, end)
		c.bind(orelse)
		c.expr(e.Orelse)
		c.bind(end)
	case *parser.Dict:
		c.dict(e)
	case *parser.Set:
		c.starUnpack(e.Elts, 0, BUILD_SET, SET_ADD, SET_UPDATE, false)
	case *parser.List:
		c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false)
	case *parser.Tuple:
		c.starUnpack(e.Elts, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	case *parser.ListComp:
		c.comprehension(e, "<listcomp>", e.Generators, e.Elt, nil, listComprehension)
	case *parser.SetComp:
		c.comprehension(e, "<setcomp>", e.Generators, e.Elt, nil, setComprehension)
	case *parser.DictComp:
		c.comprehension(e, "<dictcomp>", e.Generators, e.Key, e.Value, dictComprehension)
	case *parser.GeneratorExp:
		c.comprehension(e, "<genexpr>", e.Generators, e.Elt, nil, generatorExpression)
	case *parser.Await:
		if c.allowTopLevelAwait() {
			c.expr(e.Value)
			c.emitAwait(0)
			break
		}
		if c.u.scope.typ != functionScope {
			errorAt(e.Span, "'await' outside function")
		}
		if c.u.kind != unitAsyncFunction && c.u.kind != unitComprehension {
			errorAt(e.Span, "'await' outside async function")
		}
		c.expr(e.Value)
		c.emitAwait(0)
	case *parser.Yield:
		if c.u.scope.typ != functionScope {
			errorAt(e.Span, "'yield' outside function")
		}
		if e.Value != nil {
			c.expr(e.Value)
		} else {
			c.loadConst(nil)
		}
		if c.u.scope.coroutine {
			c.emit(ASYNC_GEN_WRAP, 0)
		}
		c.emit(YIELD_VALUE, 0)
	case *parser.YieldFrom:
		if c.u.scope.typ != functionScope {
			errorAt(e.Span, "'yield' outside function")
		}
		if c.u.kind == unitAsyncFunction {
			errorAt(e.Span, "'yield from' inside async function")
		}
		c.expr(e.Value)
		c.emit(GET_YIELD_FROM_ITER, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
	case *parser.Compare:
		c.compare(e)
	case *parser.Call:
		c.call(e)
	case *parser.FormattedValue:
		c.expr(e.Value)
		arg := 0
		switch e.Conversion {
		case 's':
			arg = 1
		case 'r':
			arg = 2
		case 'a':
			arg = 3
		}
		if e.FormatSpec != nil {
			c.expr(e.FormatSpec)
			arg |= 4
		}
		c.emit(FORMAT_VALUE, arg)
	case *parser.JoinedStr:
		if len(e.Values) == 1 {
			if k, ok := e.Values[0].(*parser.Constant); ok && k.Kind == parser.ConstStr {
				c.loadConst(k.Str)
				return
			}
		}
		c.exprs(e.Values)
		if len(e.Values) != 1 {
			c.emit(BUILD_STRING, len(e.Values))
		}
	case *parser.Attribute:
		c.expr(e.Value)
		c.setLoc(e)
		c.emitAttr(LOAD_ATTR, e.Attr)
	case *parser.Subscript:
		c.expr(e.Value)
		c.expr(e.Slice)
		c.emit(BINARY_SUBSCR, 0)
	case *parser.Slice:
		n := 2
		c.exprOrNone(e.Lower)
		c.exprOrNone(e.Upper)
		if e.Step != nil {
			c.expr(e.Step)
			n = 3
		}
		c.emit(BUILD_SLICE, n)
	case *parser.Starred:
		errorAt(e.Span, "can't use starred expression here")
	default:
		panic("unknown expression type")
	}
}

func (c *compiler) exprOrNone(e parser.Expr) {
	if e == nil {
		c.loadConst(nil)
	} else {
		c.expr(e)
	}
}

// emitAwait emits the await sequence for the awaitable on the stack;
// kind is GET_AWAITABLE's argument.
func (c *compiler) emitAwait(kind int) {
	c.emit(GET_AWAITABLE, kind)
	c.loadConst(nil)
	c.emit(YIELD_FROM, 0)
}

// --- Comparisons and conditions ---

func (c *compiler) emitCompare(op parser.CmpOperator) {
	switch op {
	case parser.Is:
		c.emit(IS_OP, 0)
	case parser.IsNot:
		c.emit(IS_OP, 1)
	case parser.In:
		c.emit(CONTAINS_OP, 0)
	case parser.NotIn:
		c.emit(CONTAINS_OP, 1)
	default:
		c.emit(COMPARE_OP, int(op))
	}
}

// compareRight compiles a comparison's right operand; `x in [consts]`
// uses a constant tuple (CPython's AST optimizer does the same).
func (c *compiler) compareRight(op parser.CmpOperator, e parser.Expr) {
	if op == parser.In || op == parser.NotIn {
		c.iterExpr(e)
		return
	}
	c.expr(e)
}

func (c *compiler) compare(e *parser.Compare) {
	c.expr(e.Left)
	n := len(e.Ops) - 1
	if n == 0 {
		c.compareRight(e.Ops[0], e.Comparators[0])
		c.emitCompare(e.Ops[0])
		return
	}
	cleanup := c.newLabel()
	c.compareChain(e, JUMP_IF_FALSE_OR_POP, cleanup)
	end := c.newLabel()
	c.emitJump(JUMP, end)
	c.bind(cleanup)
	c.emit(ROT_TWO, 0)
	c.emit(POP_TOP, 0)
	c.bind(end)
}

// compareChain compiles the comparisons of the chain e after its left
// operand: each but the last keeps its right operand for the next and
// jumps with jump to cleanup when false.
func (c *compiler) compareChain(e *parser.Compare, jump Opcode, cleanup int) {
	n := len(e.Ops) - 1
	for i := 0; i < n; i++ {
		c.compareRight(e.Ops[i], e.Comparators[i])
		c.emit(DUP_TOP, 0)
		c.emit(ROT_THREE, 0)
		c.emitCompare(e.Ops[i])
		c.emitJump(jump, cleanup)
	}
	c.compareRight(e.Ops[n], e.Comparators[n])
	c.emitCompare(e.Ops[n])
}

// jumpIf compiles e as a condition: jump to label when its truth equals
// cond, else fall through (CPython's compiler_jump_if).
func (c *compiler) jumpIf(e parser.Expr, label int, cond bool) {
	old := c.setLoc(e)
	defer func() { c.u.loc = old }()
	if v, ok := constValue(e); ok {
		if t, ok := constTruth(v); ok {
			if t == cond {
				c.emitJump(JUMP, label)
			}
			return
		}
	}
	switch e := e.(type) {
	case *parser.UnaryOp:
		if e.Op == parser.Not {
			c.jumpIf(e.Operand, label, !cond)
			return
		}
	case *parser.BoolOp:
		cond2 := e.Op == parser.Or
		next2 := label
		if cond2 != cond {
			next2 = c.newLabel()
		}
		n := len(e.Values) - 1
		for _, v := range e.Values[:n] {
			c.jumpIf(v, next2, cond2)
		}
		c.jumpIf(e.Values[n], label, cond)
		if next2 != label {
			c.bind(next2)
		}
		return
	case *parser.IfExp:
		end, next2 := c.newLabel(), c.newLabel()
		c.jumpIf(e.Test, next2, false)
		c.jumpIf(e.Body, label, cond)
		c.emitJump(JUMP, end)
		c.bind(next2)
		c.jumpIf(e.Orelse, label, cond)
		c.bind(end)
		return
	case *parser.Compare:
		n := len(e.Ops) - 1
		if n > 0 {
			cleanup := c.newLabel()
			c.expr(e.Left)
			c.compareChain(e, POP_JUMP_IF_FALSE, cleanup)
			if cond {
				c.emitJump(POP_JUMP_IF_TRUE, label)
			} else {
				c.emitJump(POP_JUMP_IF_FALSE, label)
			}
			end := c.newLabel()
			c.emitJump(JUMP, end)
			c.bind(cleanup)
			c.emit(POP_TOP, 0)
			if !cond {
				c.emitJump(JUMP, label)
			}
			c.bind(end)
			return
		}
		c.expr(e.Left)
		c.compareRight(e.Ops[0], e.Comparators[0])
		c.emitCompare(e.Ops[0])
		c.condJump(label, cond)
		return
	}
	c.expr(e)
	c.condJump(label, cond)
}

func (c *compiler) condJump(label int, cond bool) {
	if cond {
		c.emitJump(POP_JUMP_IF_TRUE, label)
	} else {
		c.emitJump(POP_JUMP_IF_FALSE, label)
	}
}

// --- Displays ---

// starUnpack builds a list, set or tuple from elts, which may contain
// *starred items (CPython's starunpack_helper). pushed items are already
// on the stack and become the first elements.
func (c *compiler) starUnpack(elts []parser.Expr, pushed int, build, add, extend Opcode, tuple bool) {
	n := len(elts)
	if (n > 2 || tuple) && pushed == 0 {
		if v, ok := constTuple(elts); ok {
			if tuple {
				c.loadConst(v)
				return
			}
			if build == BUILD_LIST {
				c.emit(BUILD_LIST, 0)
				c.loadConst(v)
				c.emit(LIST_EXTEND, 1)
				return
			}
		}
	}
	big := n+pushed > stackGuard
	seenStar := false
	for _, e := range elts {
		if _, ok := e.(*parser.Starred); ok {
			seenStar = true
		}
	}
	if !seenStar && !big {
		c.exprs(elts)
		if tuple {
			c.emit(BUILD_TUPLE, n+pushed)
		} else {
			c.emit(build, n+pushed)
		}
		return
	}
	built := false
	if big {
		c.emit(build, pushed)
		built = true
	}
	for i, e := range elts {
		if s, ok := e.(*parser.Starred); ok {
			if !built {
				c.emit(build, i+pushed)
				built = true
			}
			old := c.setLoc(s)
			c.expr(s.Value)
			c.emit(extend, 1)
			c.u.loc = old
		} else {
			c.expr(e)
			if built {
				c.emit(add, 1)
			}
		}
	}
	if tuple {
		c.emit(LIST_TO_TUPLE, 0)
	}
}

func (c *compiler) dict(e *parser.Dict) {
	haveDict := false
	elements := 0
	n := len(e.Values)
	for i := 0; i < n; i++ {
		if e.Keys[i] == nil {
			if elements > 0 {
				c.subdict(e, i-elements, i)
				if haveDict {
					c.emit(DICT_UPDATE, 1)
				}
				haveDict = true
				elements = 0
			}
			if !haveDict {
				c.emit(BUILD_MAP, 0)
				haveDict = true
			}
			c.expr(e.Values[i])
			c.emit(DICT_UPDATE, 1)
		} else if elements*2 > stackGuard {
			c.subdict(e, i-elements, i+1)
			if haveDict {
				c.emit(DICT_UPDATE, 1)
			}
			haveDict = true
			elements = 0
		} else {
			elements++
		}
	}
	if elements > 0 {
		c.subdict(e, n-elements, n)
		if haveDict {
			c.emit(DICT_UPDATE, 1)
		}
		haveDict = true
	}
	if !haveDict {
		c.emit(BUILD_MAP, 0)
	}
}

// subdict builds a dict from the key/value pairs e[begin:end].
func (c *compiler) subdict(e *parser.Dict, begin, end int) {
	n := end - begin
	if n > 1 {
		if keys, ok := constTuple(e.Keys[begin:end]); ok {
			c.exprs(e.Values[begin:end])
			c.loadConst(keys)
			c.emit(BUILD_CONST_KEY_MAP, n)
			return
		}
	}
	for i := begin; i < end; i++ {
		c.expr(e.Keys[i])
		c.expr(e.Values[i])
	}
	c.emit(BUILD_MAP, n)
}

// --- Calls ---

func (c *compiler) call(e *parser.Call) {
	c.checkKeywords(e.Keywords)
	if c.methodCall(e) {
		return
	}
	c.expr(e.Func)
	c.setLoc(e)
	c.callHelper(0, e.Args, e.Keywords)
}

// methodCall compiles `obj.m(args)` with LOAD_METHOD/CALL_METHOD when
// there are no keywords or starred arguments.
func (c *compiler) methodCall(e *parser.Call) bool {
	attr, ok := e.Func.(*parser.Attribute)
	if !ok || len(e.Keywords) > 0 || len(e.Args) >= stackGuard {
		return false
	}
	for _, a := range e.Args {
		if _, ok := a.(*parser.Starred); ok {
			return false
		}
	}
	c.expr(attr.Value)
	old := c.setLoc(attr)
	c.emitAttr(LOAD_METHOD, attr.Attr)
	c.u.loc = old
	c.exprs(e.Args)
	c.setLoc(e)
	c.emit(CALL_METHOD, len(e.Args))
	return true
}

func (c *compiler) checkKeywords(kws []*parser.Keyword) {
	for i, k := range kws {
		if k.Arg == "" {
			continue
		}
		for _, k2 := range kws[i+1:] {
			if k2.Arg == k.Arg {
				errorAt(k2.Span, "keyword argument repeated: %s", k.Arg)
			}
		}
	}
}

// callHelper emits a call of the callable on the stack (below `pushed`
// already-pushed positional arguments) with args and keywords.
func (c *compiler) callHelper(pushed int, args []parser.Expr, kws []*parser.Keyword) {
	loc := c.u.loc
	simple := len(args)+len(kws)*2 <= stackGuard
	for _, a := range args {
		if _, ok := a.(*parser.Starred); ok {
			simple = false
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			simple = false
		}
	}
	if simple {
		c.exprs(args)
		if len(kws) > 0 {
			names := make(ConstTuple, len(kws))
			for i, k := range kws {
				c.expr(k.Value)
				names[i] = k.Arg
			}
			c.loadConst(names)
			c.u.loc = loc
			c.emit(CALL_FUNCTION_KW, pushed+len(args)+len(kws))
		} else {
			c.u.loc = loc
			c.emit(CALL_FUNCTION, pushed+len(args))
		}
		return
	}
	// The general form: CALL_FUNCTION_EX with a tuple and a dict.
	c.starUnpack(args, pushed, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
	if len(kws) > 0 {
		haveDict := false
		nseen := 0
		for i, k := range kws {
			if k.Arg == "" {
				if nseen > 0 {
					c.subkwargs(kws[i-nseen : i])
					if haveDict {
						c.emit(DICT_MERGE, 1)
					}
					haveDict = true
					nseen = 0
				}
				if !haveDict {
					c.emit(BUILD_MAP, 0)
					haveDict = true
				}
				c.expr(k.Value)
				c.emit(DICT_MERGE, 1)
			} else {
				nseen++
			}
		}
		if nseen > 0 {
			c.subkwargs(kws[len(kws)-nseen:])
			if haveDict {
				c.emit(DICT_MERGE, 1)
			}
		}
	}
	c.u.loc = loc
	if len(kws) > 0 {
		c.emit(CALL_FUNCTION_EX, 1)
	} else {
		c.emit(CALL_FUNCTION_EX, 0)
	}
}

// subkwargs builds a dict of named keyword arguments.
func (c *compiler) subkwargs(kws []*parser.Keyword) {
	if len(kws) > 1 {
		names := make(ConstTuple, len(kws))
		for i, k := range kws {
			c.expr(k.Value)
			names[i] = k.Arg
		}
		c.loadConst(names)
		c.emit(BUILD_CONST_KEY_MAP, len(kws))
		return
	}
	for _, k := range kws {
		c.loadConst(k.Arg)
		c.expr(k.Value)
	}
	c.emit(BUILD_MAP, len(kws))
}

// --- Functions ---

// defaults pushes the defaults tuple and keyword-only defaults dict of a
// parameter list and returns the MAKE_FUNCTION flags for them.
func (c *compiler) defaults(a *parser.Arguments) int {
	flags := 0
	if a == nil {
		return 0
	}
	if len(a.Defaults) > 0 {
		c.starUnpack(a.Defaults, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true)
		flags |= FuncDefaults
	}
	n := 0
	for i, d := range a.KwDefaults {
		if d != nil && i < len(a.KwOnlyArgs) {
			c.loadConst(mangle(c.u.private, a.KwOnlyArgs[i].Arg))
			c.expr(d)
			n++
		}
	}
	if n > 0 {
		c.emit(BUILD_MAP, n)
		flags |= FuncKwDefaults
	}
	return flags
}

// setArgCounts records a parameter list's shape in the current unit.
func (c *compiler) setArgCounts(a *parser.Arguments) {
	if a == nil {
		return
	}
	c.u.posOnly = len(a.PosOnlyArgs)
	c.u.argCount = len(a.PosOnlyArgs) + len(a.Args)
	c.u.kwOnly = len(a.KwOnlyArgs)
}

// makeClosure emits MAKE_FUNCTION for code, loading the cells it captures.
func (c *compiler) makeClosure(code *Code, flags int) {
	if len(code.FreeVars) > 0 {
		for _, name := range code.FreeVars {
			c.emit(LOAD_CLOSURE, c.closureIndex(name))
		}
		c.emit(BUILD_TUPLE, len(code.FreeVars))
		flags |= FuncClosure
	}
	c.loadConst(code)
	c.emit(MAKE_FUNCTION, flags)
}

// closureIndex finds the cell of the current unit that provides the free
// variable name of a nested code object.
func (c *compiler) closureIndex(name string) int {
	u := c.u
	if u.kind == unitClass && name == "__class__" {
		return u.cellMap[name]
	}
	if u.scope.scopeOf(name) == scopeCell {
		if i, ok := u.cellMap[name]; ok {
			return i
		}
	}
	if i, ok := u.freeMap[name]; ok {
		return len(u.cellvars) + i
	}
	if i, ok := u.cellMap[name]; ok {
		return i
	}
	panic("closure variable " + name + " not found in " + u.qualname)
}

func (c *compiler) lambda(e *parser.Lambda) {
	flags := c.defaults(e.Args)
	c.enterScope("<lambda>", unitLambda, e, e.Pos.Line)
	c.u.addConst(nil) // Consts[0]: a lambda has no docstring
	c.setArgCounts(e.Args)
	c.expr(e.Body)
	c.emit(RETURN_VALUE, 0)
	code := c.exitScope()
	c.makeClosure(code, flags)
}

// --- Comprehensions ---

func (c *compiler) comprehension(e parser.Expr, name string, gens []*parser.Comprehension, elt, value parser.Expr, kind compKind) {
	span := nodeSpan(e)
	outer := gens[0]
	c.enterScope(name, unitComprehension, e, span.Pos.Line)
	sc := c.u.scope
	isAsyncGen := sc.coroutine
	c.u.argCount = 1
	switch kind {
	case listComprehension:
		c.emit(BUILD_LIST, 0)
	case setComprehension:
		c.emit(BUILD_SET, 0)
	case dictComprehension:
		c.emit(BUILD_MAP, 0)
	}
	c.comprehensionGenerator(gens, 0, 0, elt, value, kind)
	if kind != generatorExpression {
		c.emit(RETURN_VALUE, 0)
	}
	code := c.exitScope()
	c.makeClosure(code, 0)
	c.expr(outer.Iter)
	old := c.setLoc(e)
	if outer.IsAsync {
		c.emit(GET_AITER, 0)
	} else {
		c.emit(GET_ITER, 0)
	}
	c.emit(CALL_FUNCTION, 1)
	if isAsyncGen && kind != generatorExpression {
		c.allowTopLevelAwait()
		c.emitAwait(0)
	}
	c.u.loc = old
}

func (c *compiler) comprehensionGenerator(gens []*parser.Comprehension, i, depth int, elt, value parser.Expr, kind compKind) {
	gen := gens[i]
	if i == 0 {
		c.emit(LOAD_FAST, 0) // .0, the outermost iterator
	} else {
		c.expr(gen.Iter)
		old := c.setLoc(gen.Iter)
		if gen.IsAsync {
			c.emit(GET_AITER, 0)
		} else {
			c.emit(GET_ITER, 0)
		}
		c.u.loc = old
	}
	start, ifCleanup, anchor := c.newLabel(), c.newLabel(), c.newLabel()
	c.bind(start)
	if gen.IsAsync {
		c.emitJump(SETUP_FINALLY, anchor)
		c.emit(GET_ANEXT, 0)
		c.loadConst(nil)
		c.emit(YIELD_FROM, 0)
		c.emit(POP_BLOCK, 0)
	} else {
		c.emitJump(FOR_ITER, anchor)
	}
	depth++
	c.assignTarget(gen.Target)
	for _, cond := range gen.Ifs {
		c.jumpIf(cond, ifCleanup, false)
	}
	if i+1 < len(gens) {
		c.comprehensionGenerator(gens, i+1, depth, elt, value, kind)
	} else {
		switch kind {
		case generatorExpression:
			c.expr(elt)
			if c.u.scope.coroutine {
				c.emit(ASYNC_GEN_WRAP, 0)
			}
			c.emit(YIELD_VALUE, 0)
			c.emit(POP_TOP, 0)
		case listComprehension:
			c.expr(elt)
			c.emit(LIST_APPEND, depth+1)
		case setComprehension:
			c.expr(elt)
			c.emit(SET_ADD, depth+1)
		case dictComprehension:
			c.expr(elt)
			c.expr(value)
			c.emit(MAP_ADD, depth+1)
		}
	}
	c.bind(ifCleanup)
	c.emitJump(JUMP, start)
	c.bind(anchor)
	if gen.IsAsync {
		c.emit(END_ASYNC_FOR, 0)
	}
}
