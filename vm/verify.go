package vm

// This file defines the load-time bytecode verifier. The dispatch loop
// reaches a frame's slots and its instructions through pointers to
// oversized arrays (quicken.go), so an out-of-range index there is not
// caught by Go's bounds checks: the loop trusts that every index it
// computes from a code object stays inside that object's tables. NewCode
// therefore checks each compiled code object once, before quickening it:
//   - the metadata: StackSize, BlockDepth and the instruction count fit
//     the loop's arrays, Locs matches Code, the parameter counts fit
//     VarNames, Cell2Arg names parameters;
//   - every instruction: a known opcode, and an argument inside the table
//     it indexes (Consts, Names, VarNames, cells+free variables, the code
//     itself for jumps) or inside its documented range (operators,
//     BUILD_SLICE, RAISE_VARARGS, MAKE_FUNCTION flags, FORMAT_VALUE...);
//   - the last instruction ends the flow (jump, return, raise), so pc
//     never runs off the end;
//   - along every path from the entry and from every handler, the operand
//     stack never holds fewer values than an instruction reads (counting
//     those it reads below what it pops, such as LIST_APPEND's list) and
//     never more than StackSize, and the block stack never underflows.
//   - every constant has a type the VM converts (a complex constant, which
//     pyco does not implement, makes the stub raise NotImplementedError).
// A code object that fails is not run: NewCode replaces it by a stub that
// raises SystemError("bad bytecode: ...") when called. The checks mirror
// the compiler's own tables (compiler.StackEffect), so for the compiler's
// output they always pass; they cost one linear pass plus the flow walk,
// once per code object.

import (
	"fmt"
	"math/big"

	"pyco/compiler"
	"pyco/parser"
)

// verifyCode checks cc as described above; it returns nil or the reason
// cc must not run.
func verifyCode(cc *compiler.Code) error {
	n := len(cc.Code)
	nlocals, ncells, nfree := len(cc.VarNames), len(cc.CellVars), len(cc.FreeVars)
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%s: %s", cc.QualName, fmt.Sprintf(format, args...))
	}
	switch {
	case n == 0:
		return bad("no instructions")
	case n > len(codeArray{}):
		return bad("%d instructions (at most %d)", n, len(codeArray{}))
	case len(cc.Locs) != n:
		return bad("%d locations for %d instructions", len(cc.Locs), n)
	case cc.StackSize < 0 || cc.BlockDepth < 0:
		return bad("negative stack size %d or block depth %d", cc.StackSize, cc.BlockDepth)
	case nlocals+ncells+nfree+cc.StackSize+1 > len(slotArray{}):
		return bad("frame of %d slots (at most %d)", nlocals+ncells+nfree+cc.StackSize+1, len(slotArray{}))
	case cc.BlockDepth > n:
		return bad("block depth %d exceeds the instruction count %d", cc.BlockDepth, n)
	}
	nparams := cc.ArgCount + cc.KwOnlyArgCount
	if cc.Flags&compiler.FlagVarargs != 0 {
		nparams++
	}
	if cc.Flags&compiler.FlagVarkw != 0 {
		nparams++
	}
	if cc.ArgCount < 0 || cc.KwOnlyArgCount < 0 || cc.PosOnlyArgCount < 0 ||
		cc.PosOnlyArgCount > cc.ArgCount || nparams > nlocals {
		return bad("parameter counts (%d positional, %d positional-only, %d keyword-only) do not fit %d locals",
			cc.ArgCount, cc.PosOnlyArgCount, cc.KwOnlyArgCount, nlocals)
	}
	if cc.Cell2Arg != nil {
		if len(cc.Cell2Arg) != ncells {
			return bad("%d cell-to-argument entries for %d cells", len(cc.Cell2Arg), ncells)
		}
		for i, a := range cc.Cell2Arg {
			if a < -1 || a >= nparams {
				return bad("cell %d initialised from parameter %d of %d", i, a, nparams)
			}
		}
	}

	for pc, in := range cc.Code {
		op, arg := in.Op(), in.Arg()
		if !op.Valid() {
			return bad("unknown opcode %d at %d", uint8(op), pc)
		}
		limit, what := -1, ""
		switch op {
		case compiler.LOAD_CONST:
			limit, what = len(cc.Consts), "constants"
		case compiler.LOAD_FAST, compiler.STORE_FAST, compiler.DELETE_FAST:
			limit, what = nlocals, "locals"
		case compiler.LOAD_NAME, compiler.STORE_NAME, compiler.DELETE_NAME,
			compiler.LOAD_GLOBAL, compiler.STORE_GLOBAL, compiler.DELETE_GLOBAL,
			compiler.LOAD_ATTR, compiler.STORE_ATTR, compiler.DELETE_ATTR, compiler.LOAD_METHOD,
			compiler.IMPORT_NAME, compiler.IMPORT_FROM:
			limit, what = len(cc.Names), "names"
		case compiler.LOAD_DEREF, compiler.STORE_DEREF, compiler.DELETE_DEREF,
			compiler.LOAD_CLOSURE, compiler.LOAD_CLASSDEREF:
			limit, what = ncells+nfree, "cells and free variables"
		case compiler.BINARY_OP:
			limit, what = compiler.InplaceBase+int(parser.FloorDiv)+1, "operators"
			if arg > int(parser.FloorDiv) && arg < compiler.InplaceBase {
				return bad("%s %d at %d: no such operator", op, arg, pc)
			}
		case compiler.COMPARE_OP:
			limit, what = int(parser.GtE)+1, "comparisons"
		case compiler.IS_OP, compiler.CONTAINS_OP:
			limit, what = 2, "variants"
		case compiler.BUILD_SLICE:
			if arg != 2 && arg != 3 {
				return bad("%s %d at %d: takes 2 or 3 values", op, arg, pc)
			}
		case compiler.RAISE_VARARGS:
			limit, what = 3, "forms"
		case compiler.MAKE_FUNCTION:
			if arg&^(compiler.FuncDefaults|compiler.FuncKwDefaults|compiler.FuncClosure) != 0 {
				return bad("%s %d at %d: unknown flags", op, arg, pc)
			}
		case compiler.FORMAT_VALUE:
			limit, what = 8, "conversions"
		case compiler.CALL_FUNCTION_EX:
			limit, what = 2, "forms"
		case compiler.LIST_APPEND, compiler.SET_ADD, compiler.MAP_ADD, compiler.LIST_EXTEND,
			compiler.SET_UPDATE, compiler.DICT_UPDATE, compiler.DICT_MERGE:
			if arg < 1 {
				return bad("%s %d at %d: the container is below the operands", op, arg, pc)
			}
		case compiler.GET_AWAITABLE:
			limit, what = 3, "forms"
		}
		if op.IsJump() {
			limit, what = n, "instructions"
		}
		if limit >= 0 && arg >= limit {
			return bad("%s %d at %d: index out of range (%d %s)", op, arg, pc, limit, what)
		}
	}
	if op := cc.Code[n-1].Op(); !op.EndsFlow() {
		return bad("ends with %s, not a jump, return or raise", op)
	}
	for i, k := range cc.Consts {
		if err := checkConst(k); err != nil {
			if _, ok := err.(unsupportedError); ok {
				return err
			}
			return bad("constant %d: %v", i, err)
		}
	}
	return verifyFlow(cc, bad)
}

// unsupportedError is a verification failure that is not a compiler bug:
// a constant of a type pyco does not implement (complex). The stub code
// raises NotImplementedError with its message.
type unsupportedError string

func (e unsupportedError) Error() string { return string(e) }

// checkConst reports a constant constValue cannot convert.
func checkConst(k any) error {
	switch k := k.(type) {
	case nil, bool, int64, int, *big.Int, float64, string, compiler.Bytes, compiler.Ellipsis, *compiler.Code:
		return nil
	case compiler.ConstTuple:
		for _, x := range k {
			if err := checkConst(x); err != nil {
				return err
			}
		}
		return nil
	case complex128:
		return unsupportedError("pyco does not support complex numbers yet")
	}
	return fmt.Errorf("unknown type %T", k)
}

// verifyFlow walks every path of cc (the instructions are known valid)
// tracking the range of operand-stack and block-stack depths each
// instruction is reached with: the smallest must cover what the
// instruction reads, the largest must fit StackSize and BlockDepth.
func verifyFlow(cc *compiler.Code, bad func(string, ...any) error) error {
	n := len(cc.Code)
	// Per instruction: min and max stack depth, min and max block depth;
	// a max of -1 marks an instruction not reached yet.
	type span struct{ dlo, dhi, blo, bhi int32 }
	seen := make([]span, n)
	for i := range seen {
		seen[i].dhi = -1
	}
	work := make([]int, 0, 8)
	// reach records that pc is entered with stack depths dlo..dhi and
	// block depths blo..bhi, queueing it when that widens what was known.
	reach := func(from, pc, dlo, dhi, blo, bhi int) error {
		if dhi > cc.StackSize {
			return bad("stack depth %d at %d (from %d) exceeds the stack size %d", dhi, pc, from, cc.StackSize)
		}
		if bhi > cc.BlockDepth {
			return bad("block depth %d at %d (from %d) exceeds %d", bhi, pc, from, cc.BlockDepth)
		}
		s := &seen[pc]
		if s.dhi < 0 {
			*s = span{int32(dlo), int32(dhi), int32(blo), int32(bhi)}
		} else if int32(dlo) >= s.dlo && int32(dhi) <= s.dhi && int32(blo) >= s.blo && int32(bhi) <= s.bhi {
			return nil
		} else {
			*s = span{min(s.dlo, int32(dlo)), max(s.dhi, int32(dhi)), min(s.blo, int32(blo)), max(s.bhi, int32(bhi))}
		}
		work = append(work, pc)
		return nil
	}
	if err := reach(0, 0, 0, 0, 0, 0); err != nil {
		return err
	}
	for len(work) > 0 {
		pc := work[len(work)-1]
		work = work[:len(work)-1]
		in := cc.Code[pc]
		op, arg := in.Op(), in.Arg()
		s := seen[pc]
		dlo, dhi, blo, bhi := int(s.dlo), int(s.dhi), int(s.blo), int(s.bhi)
		if need := stackNeed(op, arg); dlo < need {
			return bad("%s %d at %d reads %d stack values, %d there", op, arg, pc, need, dlo)
		}
		if op.IsJump() {
			e, jb := compiler.StackEffect(op, arg, true), 0
			if op == compiler.SETUP_FINALLY || op == compiler.SETUP_WITH || op == compiler.SETUP_ASYNC_WITH {
				jb = 1
			}
			if err := reach(pc, arg, dlo+e, dhi+e, blo+jb, bhi+jb); err != nil {
				return err
			}
		}
		if op.EndsFlow() {
			continue
		}
		e, eb := compiler.StackEffect(op, arg, false), compiler.BlockEffect(op)
		if blo+eb < 0 {
			return bad("%s at %d pops a block that is not there", op, pc)
		}
		if pc+1 >= n {
			return bad("%s at %d falls off the end", op, pc)
		}
		if err := reach(pc, pc+1, dlo+e, dhi+e, blo+eb, bhi+eb); err != nil {
			return err
		}
	}
	return nil
}

// stackNeed returns how many operand-stack values op reads (pops, or
// reads in place), including those it reaches below the ones it pops.
func stackNeed(op compiler.Opcode, arg int) int {
	switch op {
	case compiler.ROT_TWO, compiler.DUP_TOP_TWO:
		return 2
	case compiler.ROT_THREE:
		return 3
	case compiler.ROT_FOUR:
		return 4
	case compiler.BUILD_TUPLE, compiler.BUILD_LIST, compiler.BUILD_SET, compiler.BUILD_STRING,
		compiler.BUILD_SLICE, compiler.RAISE_VARARGS:
		return arg
	case compiler.BUILD_MAP:
		return 2 * arg
	case compiler.BUILD_CONST_KEY_MAP:
		return arg + 1
	case compiler.LIST_APPEND, compiler.SET_ADD, compiler.LIST_EXTEND, compiler.SET_UPDATE,
		compiler.DICT_UPDATE:
		return arg + 1
	case compiler.MAP_ADD:
		return arg + 2
	case compiler.DICT_MERGE:
		return arg + 3 // the callee, for the error message
	case compiler.CALL_FUNCTION:
		return arg + 1
	case compiler.CALL_FUNCTION_KW, compiler.CALL_METHOD:
		return arg + 2
	case compiler.CALL_FUNCTION_EX:
		return 2 + arg&1
	case compiler.MAKE_FUNCTION:
		return 1 - compiler.StackEffect(op, arg, false)
	case compiler.FORMAT_VALUE:
		if arg&4 != 0 {
			return 2
		}
		return 1
	case compiler.WITH_EXCEPT_START, compiler.END_ASYNC_FOR, compiler.YIELD_FROM,
		compiler.JUMP_IF_NOT_EXC_MATCH, compiler.SETUP_ASYNC_WITH, compiler.IMPORT_NAME,
		compiler.BINARY_OP, compiler.COMPARE_OP, compiler.IS_OP, compiler.CONTAINS_OP,
		compiler.BINARY_SUBSCR, compiler.STORE_ATTR, compiler.DELETE_SUBSCR:
		return 2
	case compiler.STORE_SUBSCR:
		return 3
	case compiler.NOP, compiler.JUMP, compiler.LOAD_CONST, compiler.LOAD_FAST, compiler.LOAD_NAME,
		compiler.LOAD_GLOBAL, compiler.LOAD_DEREF, compiler.LOAD_CLOSURE, compiler.LOAD_CLASSDEREF,
		compiler.DELETE_FAST, compiler.DELETE_NAME, compiler.DELETE_GLOBAL, compiler.DELETE_DEREF,
		compiler.LOAD_BUILD_CLASS, compiler.LOAD_ASSERTION_ERROR, compiler.SETUP_FINALLY,
		compiler.POP_BLOCK, compiler.POP_EXCEPT:
		return 0
	}
	// Everything else reads at least its top value, and pops what its
	// stack effect says.
	return max(1, -compiler.StackEffect(op, arg, false), -compiler.StackEffect(op, arg, op.IsJump()))
}

// badCode returns the stand-in for a code object that failed
// verification: calling it (or running it as a module) takes any
// arguments and raises SystemError("bad bytecode: " + why).
func badCode(cc *compiler.Code, why error) *Code {
	loc := parser.Span{}
	if len(cc.Locs) > 0 {
		loc = cc.Locs[0]
	}
	flags := cc.Flags &^ (compiler.FlagGenerator | compiler.FlagCoroutine | compiler.FlagAsyncGenerator |
		compiler.FlagIterableCoro | compiler.FlagVarargs | compiler.FlagVarkw)
	stub := &compiler.Code{
		Name:      cc.Name,
		QualName:  cc.QualName,
		Filename:  cc.Filename,
		FirstLine: cc.FirstLine,
		Flags:     flags | compiler.FlagVarargs | compiler.FlagVarkw,
		Code: []compiler.Instr{
			compiler.MakeInstr(compiler.LOAD_CONST, 0),
			compiler.MakeInstr(compiler.CALL_FUNCTION, 0),
			compiler.MakeInstr(compiler.RETURN_VALUE, 0),
		},
		Locs:      []parser.Span{loc, loc, loc},
		Consts:    []any{nil},
		VarNames:  []string{"args", "kwargs"},
		FreeVars:  cc.FreeVars,
		StackSize: 1,
	}
	c := NewCode(stub)
	cls, msg := SystemError, "bad bytecode: "+why.Error()
	if _, ok := why.(unsupportedError); ok {
		cls, msg = NotImplementedError, why.Error()
	}
	c.Consts[0] = NewBuiltin("<bad bytecode>", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return nil, Errorf(cls, "%s", msg)
	})
	return c
}
