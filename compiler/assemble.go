package compiler

// This file defines the assembler: it turns a unit's instruction list into
// a Code object. It resolves jump labels to absolute instruction indices,
// threads jumps to unconditional jumps, removes unreachable instructions
// and jumps to the next instruction, and computes StackSize and
// BlockDepth by walking every reachable path with the stack-effect table.

import (
	"fmt"

	"pyco/parser"
)

// checkDepths makes the assembler report paths that reach one instruction
// with different stack depths (a compiler bug); tests turn it on.
var checkDepths = false

// assemble builds the Code object of u.
func (u *unit) assemble(filename string) *Code {
	u.addImplicitReturn()
	code := u.resolve()
	code = thread(code)
	code = removeDead(code)
	u.removeUnusedConsts(code)

	c := &Code{
		Name:            u.name,
		QualName:        u.qualname,
		Filename:        filename,
		FirstLine:       u.firstLine,
		Flags:           u.flags(),
		ArgCount:        u.argCount,
		PosOnlyArgCount: u.posOnly,
		KwOnlyArgCount:  u.kwOnly,
		Consts:          u.consts,
		Names:           u.names,
		VarNames:        u.varnames,
		CellVars:        u.cellvars,
		FreeVars:        u.freevars,
	}
	c.Code = make([]Instr, len(code))
	c.Locs = make([]parser.Span, len(code))
	for i, in := range code {
		if in.arg < 0 || in.arg > MaxArg {
			errorAt(in.loc, "too many values for one instruction (%s %d)", in.op, in.arg)
		}
		c.Code[i] = MakeInstr(in.op, in.arg)
		c.Locs[i] = in.loc
	}
	c.StackSize, c.BlockDepth = stackDepth(c)
	nparams := u.argCount + u.kwOnly
	if u.scope.varargs {
		nparams++
	}
	if u.scope.varkw {
		nparams++
	}
	for i, name := range u.cellvars {
		for j := 0; j < nparams && j < len(u.varnames); j++ {
			if u.varnames[j] == name {
				if c.Cell2Arg == nil {
					c.Cell2Arg = make([]int, len(u.cellvars))
					for k := range c.Cell2Arg {
						c.Cell2Arg[k] = -1
					}
				}
				c.Cell2Arg[i] = j
			}
		}
	}
	return c
}

// flags computes the code flags of u (CPython's compute_code_flags).
func (u *unit) flags() CodeFlags {
	var f CodeFlags
	s := u.scope
	if s.typ == functionScope {
		f |= FlagOptimized | FlagNewLocals
		if s.nested {
			f |= FlagNested
		}
		switch {
		case s.generator && s.coroutine:
			f |= FlagAsyncGenerator
		case s.generator:
			f |= FlagGenerator
		case s.coroutine:
			f |= FlagCoroutine
		}
		if s.varargs {
			f |= FlagVarargs
		}
		if s.varkw {
			f |= FlagVarkw
		}
	}
	if u.topLevelAwait {
		f |= FlagCoroutine
	}
	return f
}

// addImplicitReturn appends `return None` when control can fall off the
// end of the code.
func (u *unit) addImplicitReturn() {
	n := len(u.instrs)
	need := n == 0
	if n > 0 {
		switch u.instrs[n-1].op {
		case RETURN_VALUE, RERAISE, RAISE_VARARGS, JUMP:
		default:
			need = true
		}
	}
	for _, l := range u.labels {
		if l == n {
			need = true
		}
	}
	if need {
		loc := u.loc
		if n > 0 {
			loc = u.instrs[n-1].loc
		}
		u.instrs = append(u.instrs,
			instr{op: LOAD_CONST, arg: u.addConst(nil), target: -1, loc: loc},
			instr{op: RETURN_VALUE, target: -1, loc: loc})
	}
}

// removeUnusedConsts drops constants that only dead code used (such as
// the code object of a function defined after a return), renumbering
// LOAD_CONST. Consts[0] of a function or lambda (its docstring) stays.
func (u *unit) removeUnusedConsts(code []instr) {
	used := make([]bool, len(u.consts))
	if u.scope.typ == functionScope && u.kind != unitComprehension && len(used) > 0 {
		used[0] = true
	}
	for _, in := range code {
		if in.op == LOAD_CONST {
			used[in.arg] = true
		}
	}
	newIdx := make([]int, len(u.consts))
	var consts []any
	for i, k := range u.consts {
		if used[i] {
			newIdx[i] = len(consts)
			consts = append(consts, k)
		}
	}
	if len(consts) == len(u.consts) {
		return
	}
	for i := range code {
		if code[i].op == LOAD_CONST {
			code[i].arg = newIdx[code[i].arg]
		}
	}
	u.consts = consts
}

// resolve replaces jump labels with instruction indices.
func (u *unit) resolve() []instr {
	code := u.instrs
	for i := range code {
		if t := code[i].target; t >= 0 {
			pc := u.labels[t]
			if pc < 0 {
				panic(fmt.Sprintf("unbound label %d in %s", t, u.qualname))
			}
			code[i].arg = pc
			code[i].target = -1
		}
	}
	return code
}

// thread retargets jumps whose destination is an unconditional JUMP.
func thread(code []instr) []instr {
	for i := range code {
		if !code[i].op.IsJump() {
			continue
		}
		for hops := 0; hops < 16; hops++ {
			t := code[i].arg
			if t >= len(code) || code[t].op != JUMP || code[t].arg == t {
				break
			}
			code[i].arg = code[t].arg
		}
	}
	return code
}

// endsFlow reports whether control never falls through op.
func endsFlow(op Opcode) bool {
	switch op {
	case JUMP, RETURN_VALUE, RAISE_VARARGS, RERAISE:
		return true
	}
	return false
}

// removeDead drops unreachable instructions and jumps to the next
// instruction, renumbering jump targets.
func removeDead(code []instr) []instr {
	for {
		reach := make([]bool, len(code))
		work := []int{0}
		for len(work) > 0 {
			pc := work[len(work)-1]
			work = work[:len(work)-1]
			for pc < len(code) && !reach[pc] {
				reach[pc] = true
				in := code[pc]
				if in.op.IsJump() && !reach[in.arg] {
					work = append(work, in.arg)
				}
				if endsFlow(in.op) {
					break
				}
				pc++
			}
		}
		keep := make([]bool, len(code))
		removed := false
		for i, in := range code {
			keep[i] = reach[i]
			if keep[i] && in.op == JUMP {
				// A jump to the next reachable instruction does nothing.
				next := i + 1
				for next < len(code) && !reach[next] {
					next++
				}
				if in.arg == next {
					keep[i] = false
				}
			}
			if !keep[i] {
				removed = true
			}
		}
		if !removed {
			return code
		}
		newIdx := make([]int, len(code)+1)
		n := 0
		for i := range code {
			newIdx[i] = n
			if keep[i] {
				n++
			}
		}
		newIdx[len(code)] = n
		out := make([]instr, 0, n)
		for i, in := range code {
			if !keep[i] {
				continue
			}
			if in.op.IsJump() {
				in.arg = newIdx[in.arg]
			}
			out = append(out, in)
		}
		code = out
	}
}

// stackEffect returns the change in operand-stack depth caused by an
// instruction; jump selects the branch-taken path of a jump.
func stackEffect(op Opcode, arg int, jump bool) int {
	switch op {
	case NOP, ROT_TWO, ROT_THREE, ROT_FOUR:
		return 0
	case POP_TOP:
		return -1
	case DUP_TOP:
		return 1
	case DUP_TOP_TWO:
		return 2
	case LOAD_CONST, LOAD_FAST, LOAD_NAME, LOAD_GLOBAL, LOAD_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		return 1
	case STORE_FAST, STORE_NAME, STORE_GLOBAL, STORE_DEREF:
		return -1
	case DELETE_FAST, DELETE_NAME, DELETE_GLOBAL, DELETE_DEREF:
		return 0
	case LOAD_ATTR:
		return 0
	case STORE_ATTR:
		return -2
	case DELETE_ATTR:
		return -1
	case LOAD_METHOD:
		return 1
	case BINARY_SUBSCR:
		return -1
	case STORE_SUBSCR:
		return -3
	case DELETE_SUBSCR:
		return -2
	case BUILD_SLICE:
		return 1 - arg
	case UNARY_POSITIVE, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT:
		return 0
	case BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP:
		return -1
	case JUMP:
		return 0
	case POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE:
		return -1
	case JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP:
		if jump {
			return 0
		}
		return -1
	case GET_ITER:
		return 0
	case FOR_ITER:
		if jump {
			return -1
		}
		return 1
	case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING:
		return 1 - arg
	case BUILD_MAP:
		return 1 - 2*arg
	case BUILD_CONST_KEY_MAP:
		return -arg
	case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE, DICT_MERGE:
		return -1
	case MAP_ADD:
		return -2
	case LIST_TO_TUPLE:
		return 0
	case UNPACK_SEQUENCE:
		return arg - 1
	case UNPACK_EX:
		return arg&0xff + arg>>8
	case FORMAT_VALUE:
		if arg&4 != 0 {
			return -1
		}
		return 0
	case MAKE_FUNCTION:
		n := 0
		for _, f := range []int{FuncDefaults, FuncKwDefaults, FuncClosure} {
			if arg&f != 0 {
				n++
			}
		}
		return -n
	case CALL_FUNCTION:
		return -arg
	case CALL_FUNCTION_KW:
		return -arg - 1
	case CALL_FUNCTION_EX:
		return -1 - arg&1
	case CALL_METHOD:
		return -arg - 1
	case RETURN_VALUE:
		return -1
	case LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR:
		return 1
	case IMPORT_NAME:
		return -1
	case IMPORT_FROM:
		return 1
	case IMPORT_STAR:
		return -1
	case SETUP_FINALLY:
		if jump {
			return 1 // the exception
		}
		return 0
	case SETUP_WITH:
		// ( mgr -- exit enter_result ); the handler sees ( exit exc ).
		return 1
	case SETUP_ASYNC_WITH:
		// ( aexit res -- aexit res ); the handler sees ( aexit exc ).
		return 0
	case POP_BLOCK, POP_EXCEPT:
		return 0
	case RAISE_VARARGS:
		return -arg
	case RERAISE:
		return -1
	case JUMP_IF_NOT_EXC_MATCH:
		return -2
	case WITH_EXCEPT_START:
		return 1
	case YIELD_VALUE:
		return 0
	case YIELD_FROM:
		return -1
	case GET_YIELD_FROM_ITER, GET_AWAITABLE, GET_AITER, ASYNC_GEN_WRAP:
		return 0
	case GET_ANEXT:
		return 1
	case END_ASYNC_FOR:
		return -2
	case BEFORE_ASYNC_WITH:
		return 1
	case PRINT_EXPR:
		return -1
	}
	panic(fmt.Sprintf("no stack effect for %s", op))
}

// blockEffect returns the change in block-stack depth caused by op.
func blockEffect(op Opcode) int {
	switch op {
	case SETUP_FINALLY, SETUP_WITH, SETUP_ASYNC_WITH:
		return 1 // the handler block, or the EXCEPT_HANDLER replacing it
	case POP_BLOCK, POP_EXCEPT, END_ASYNC_FOR:
		return -1
	}
	return 0
}

// stackDepth computes the maximum operand-stack and block-stack depths
// over all reachable paths of c.
func stackDepth(c *Code) (int, int) {
	n := len(c.Code)
	if n == 0 {
		return 0, 0
	}
	depth := make([]int, n)
	blocks := make([]int, n)
	for i := range depth {
		depth[i] = -1
	}
	maxDepth, maxBlocks := 0, 0
	type item struct{ pc, d, b int }
	work := []item{{0, 0, 0}}
	visit := func(pc, d, b int) {
		if pc >= n {
			return
		}
		if depth[pc] >= 0 {
			if checkDepths && (depth[pc] != d || blocks[pc] != b) {
				panic(fmt.Sprintf("%s: inconsistent depth at %d: stack %d vs %d, blocks %d vs %d", c.QualName, pc, depth[pc], d, blocks[pc], b))
			}
			if d <= depth[pc] && b <= blocks[pc] {
				return
			}
			d, b = max(d, depth[pc]), max(b, blocks[pc])
		}
		depth[pc], blocks[pc] = d, b
		work = append(work, item{pc, d, b})
	}
	depth[0] = 0
	for len(work) > 0 {
		it := work[len(work)-1]
		work = work[:len(work)-1]
		pc, d, b := it.pc, it.d, it.b
		for {
			in := c.Code[pc]
			op, arg := in.Op(), in.Arg()
			if op.IsJump() {
				jd := d + stackEffect(op, arg, true)
				jb := b
				if op == SETUP_FINALLY || op == SETUP_WITH || op == SETUP_ASYNC_WITH {
					jb = b + 1
				}
				if jd < 0 {
					panic(fmt.Sprintf("%s: stack underflow at %d (%s)", c.QualName, pc, op))
				}
				maxDepth, maxBlocks = max(maxDepth, jd), max(maxBlocks, jb)
				visit(arg, jd, jb)
			}
			if endsFlow(op) {
				break
			}
			d += stackEffect(op, arg, false)
			b += blockEffect(op)
			if d < 0 || b < 0 {
				panic(fmt.Sprintf("%s: stack underflow at %d (%s)", c.QualName, pc, op))
			}
			maxDepth, maxBlocks = max(maxDepth, d), max(maxBlocks, b)
			pc++
			if pc >= n {
				break
			}
			if depth[pc] >= 0 {
				if checkDepths && (depth[pc] != d || blocks[pc] != b) {
					panic(fmt.Sprintf("%s: inconsistent depth at %d: stack %d vs %d, blocks %d vs %d", c.QualName, pc, depth[pc], d, blocks[pc], b))
				}
				if d <= depth[pc] && b <= blocks[pc] {
					break
				}
			}
			depth[pc], blocks[pc] = d, b
		}
	}
	return maxDepth, maxBlocks
}
