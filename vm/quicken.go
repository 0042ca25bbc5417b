package vm

// This file defines the VM's private instruction stream. NewCode copies a
// compiled code object's instructions and rewrites the opcode byte of
// common sequences to superinstructions that do the work of two or three
// instructions in one dispatch, and gives attribute instructions an inline
// cache. The stream keeps the length and the positions of the compiler's
// code, so jump targets, line numbers and saved pcs mean the same thing in
// both:
//   - a superinstruction at i reads the arguments of the instructions it
//     absorbs from code[i+1], code[i+2] (their arguments are never
//     rewritten) and continues after them; those instructions stay in the
//     stream, so a jump into the middle of a fused sequence still runs
//     them one by one;
//   - when a part of a superinstruction fails, pc is set past that part
//     first, so the traceback line is that part's.
// Only attribute instructions have their argument rewritten (to the index
// of their cache site); the superinstructions that absorb one read it as
// the site index.
//
// The rewriting is purely local and decided from the compiler's opcodes,
// not from run-time values: the type tests stay in the superinstructions,
// which fall back to the general code.

import (
	"unsafe"

	"pyco/compiler"
)

// The VM-private opcodes, above the compiler's.
const (
	// opLoadFast2: LOAD_FAST a; LOAD_FAST b.
	opLoadFast2 compiler.Opcode = 200 + iota
	// opLoadFastConst: LOAD_FAST a; LOAD_CONST c.
	opLoadFastConst
	// opFastConstBinop: LOAD_FAST a; LOAD_CONST c; BINARY_OP op.
	opFastConstBinop
	// opFastFastBinop: LOAD_FAST a; LOAD_FAST b; BINARY_OP op.
	opFastFastBinop
	// opCompareJumpFalse: COMPARE_OP op; POP_JUMP_IF_FALSE t.
	opCompareJumpFalse
	// opCompareJumpTrue: COMPARE_OP op; POP_JUMP_IF_TRUE t.
	opCompareJumpTrue
	// opForIterStore: FOR_ITER t; STORE_FAST a.
	opForIterStore
	// opStoreFastLoadFast: STORE_FAST a; LOAD_FAST b.
	opStoreFastLoadFast
	// opLoadAttr, opStoreAttr, opLoadMethod: LOAD_ATTR, STORE_ATTR and
	// LOAD_METHOD whose argument indexes Code.sites.
	opLoadAttr
	opStoreAttr
	opLoadMethod
	// opLoadFastLoadAttr: LOAD_FAST a; LOAD_ATTR (its site index).
	opLoadFastLoadAttr
	// opFastConstCompareJump: LOAD_FAST a; LOAD_CONST c; COMPARE_OP op;
	// POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE t.
	opFastConstCompareJump
	// opFastFastCompareJump: LOAD_FAST a; LOAD_FAST b; COMPARE_OP op;
	// POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE t.
	opFastFastCompareJump
	// opFastBinop: LOAD_FAST b; BINARY_OP op (TOS op b).
	opFastBinop
	// opConstBinop: LOAD_CONST c; BINARY_OP op (TOS op c).
	opConstBinop
	// opRotStoreAttr: ROT_TWO; STORE_ATTR (its site index).
	opRotStoreAttr
	// opLoadFastStoreAttr: LOAD_FAST obj; STORE_ATTR (its site index).
	opLoadFastStoreAttr
	// opLoadFastLoadMethod: LOAD_FAST obj; LOAD_METHOD (its site index).
	opLoadFastLoadMethod
	// opConstCompareJump: LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE
	// or POP_JUMP_IF_TRUE t (TOS op c).
	opConstCompareJump
	// opSliceSubscr: BUILD_SLICE n; BINARY_SUBSCR.
	opSliceSubscr
	// opFastConstIsJump: LOAD_FAST a; LOAD_CONST c; IS_OP inv;
	// POP_JUMP_IF_FALSE or POP_JUMP_IF_TRUE t (`if x is None:`).
	opFastConstIsJump
	// opLoadFastYield: LOAD_FAST a; YIELD_VALUE.
	opLoadFastYield
	// opReturnFast: LOAD_FAST a; RETURN_VALUE.
	opReturnFast
	// opReturnConst: LOAD_CONST c; RETURN_VALUE.
	opReturnConst
)

// An attrSite is the inline cache of one attribute instruction. For an
// instance of cls (while typeEpoch is epoch) the attribute is not defined
// by the class (LOAD_ATTR/STORE_ATTR: it lives in the instance dict, found
// at pos last time), or (LOAD_METHOD) is the plain function meth. For
// STORE_ATTR, meth is the key str inserted into instance dicts (shared
// with the type attribute cache so that all dicts use the same key).
type attrSite struct {
	name  string
	hash  int64
	cls   *Type
	epoch uint64
	key   *Str // the key object last seen at entries[pos]
	pos   int
	meth  Object
}

// quicken returns the private instruction stream of cc and its attribute
// cache sites.
func quicken(cc *compiler.Code) ([]compiler.Instr, []attrSite) {
	src := cc.Code
	code := make([]compiler.Instr, len(src))
	copy(code, src)
	var sites []attrSite
	op := func(i int) compiler.Opcode {
		if i < len(src) {
			return src[i].Op()
		}
		return compiler.NOP
	}
	// qop is op for the rewritten attribute instructions.
	qop := func(i int) compiler.Opcode {
		if i < len(code) {
			return code[i].Op()
		}
		return compiler.NOP
	}
	set := func(i int, o compiler.Opcode) {
		code[i] = compiler.Instr(uint32(o) | uint32(src[i])&^0xff)
	}
	for i, in := range src {
		switch in.Op() {
		case compiler.LOAD_ATTR, compiler.STORE_ATTR, compiler.LOAD_METHOD:
			name := cc.Names[in.Arg()]
			if len(sites) >= compiler.MaxArg {
				break
			}
			sites = append(sites, attrSite{name: name, hash: hashString(name), pos: -1})
			o := opLoadAttr
			switch in.Op() {
			case compiler.STORE_ATTR:
				o = opStoreAttr
			case compiler.LOAD_METHOD:
				o = opLoadMethod
			}
			code[i] = compiler.MakeInstr(o, len(sites)-1)
		}
	}
	for i, in := range src {
		switch in.Op() {
		case compiler.LOAD_FAST:
			cmpJump := op(i+2) == compiler.COMPARE_OP &&
				(op(i+3) == compiler.POP_JUMP_IF_FALSE || op(i+3) == compiler.POP_JUMP_IF_TRUE)
			switch op(i + 1) {
			case compiler.LOAD_FAST:
				if cmpJump {
					set(i, opFastFastCompareJump)
				} else if qop(i+2) == opStoreAttr {
					// LOAD_FAST v; then opLoadFastStoreAttr at i+1.
				} else if op(i+2) == compiler.BINARY_OP {
					set(i, opFastFastBinop)
				} else if op(i+2) == compiler.LOAD_CONST && op(i+3) == compiler.BINARY_OP {
					// LOAD_FAST; then opFastConstBinop at i+1.
				} else {
					set(i, opLoadFast2)
				}
			case compiler.BINARY_OP:
				set(i, opFastBinop)
			case compiler.RETURN_VALUE:
				set(i, opReturnFast)
			case compiler.YIELD_VALUE:
				set(i, opLoadFastYield)
			case compiler.LOAD_CONST:
				if op(i+2) == compiler.IS_OP &&
					(op(i+3) == compiler.POP_JUMP_IF_FALSE || op(i+3) == compiler.POP_JUMP_IF_TRUE) {
					set(i, opFastConstIsJump)
				} else if cmpJump {
					set(i, opFastConstCompareJump)
				} else if op(i+2) == compiler.BINARY_OP {
					set(i, opFastConstBinop)
				} else {
					set(i, opLoadFastConst)
				}
			case compiler.LOAD_ATTR:
				if qop(i+1) == opLoadAttr {
					set(i, opLoadFastLoadAttr)
				}
			case compiler.STORE_ATTR:
				if qop(i+1) == opStoreAttr {
					set(i, opLoadFastStoreAttr)
				}
			case compiler.LOAD_METHOD:
				if qop(i+1) == opLoadMethod {
					set(i, opLoadFastLoadMethod)
				}
			}
		case compiler.LOAD_CONST:
			if op(i+1) == compiler.RETURN_VALUE {
				set(i, opReturnConst)
			} else if op(i+1) == compiler.BINARY_OP {
				set(i, opConstBinop)
			} else if op(i+1) == compiler.COMPARE_OP && (op(i+2) == compiler.POP_JUMP_IF_FALSE || op(i+2) == compiler.POP_JUMP_IF_TRUE) {
				set(i, opConstCompareJump)
			}
		case compiler.BUILD_SLICE:
			if op(i+1) == compiler.BINARY_SUBSCR {
				set(i, opSliceSubscr)
			}
		case compiler.ROT_TWO:
			if qop(i+1) == opStoreAttr {
				set(i, opRotStoreAttr)
			}
		case compiler.COMPARE_OP:
			switch op(i + 1) {
			case compiler.POP_JUMP_IF_FALSE:
				set(i, opCompareJumpFalse)
			case compiler.POP_JUMP_IF_TRUE:
				set(i, opCompareJumpTrue)
			}
		case compiler.FOR_ITER:
			if op(i+1) == compiler.STORE_FAST {
				set(i, opForIterStore)
			}
		}
	}
	// STORE_FAST; LOAD_FAST is fused only when the LOAD_FAST did not start
	// a superinstruction of its own (the fused form would skip it).
	for i, in := range src {
		if in.Op() == compiler.STORE_FAST && qop(i+1) == compiler.LOAD_FAST {
			set(i, opStoreFastLoadFast)
		}
	}
	return code, sites
}

// ifaceWords is the layout of a non-empty interface value.
type ifaceWords struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// intItab is the itab of Int as an Object.
var intItab = func() unsafe.Pointer {
	var o Object = Int(1 << 40)
	return (*ifaceWords)(unsafe.Pointer(&o)).tab
}()

// intSlabSize is how many boxed ints one slab allocation serves.
const intSlabSize = 32

// boxInt is MakeInt for the dispatch loop: ints outside the small-int
// cache are boxed in per-thread slabs of intSlabSize int64s instead of one
// allocation each. A slab is immutable once its slots are handed out and
// stays alive while any of its ints does.
func (t *Thread) boxInt(n int64) Object {
	if uint64(n-smallIntMin) < uint64(len(smallInts)) {
		return smallInts[n-smallIntMin]
	}
	return t.boxIntSlow(n)
}

func (t *Thread) boxIntSlow(n int64) Object {
	i := t.intSlabN
	if t.intSlab == nil || i == intSlabSize {
		t.intSlab = new([intSlabSize]Int)
		i = 0
	}
	p := &t.intSlab[i]
	t.intSlabN = i + 1
	*p = Int(n)
	var o Object
	w := (*ifaceWords)(unsafe.Pointer(&o))
	w.tab = intItab
	w.data = unsafe.Pointer(p)
	return o
}

// The dispatch loop holds the current frame's slots and instructions as
// pointers to arrays, one machine word each instead of a slice's three:
// the loop keeps them in registers or spills them on every instruction,
// so the narrower state makes dispatch cheaper. Indexes are still checked
// against the (constant) array bounds; staying inside the real slots is
// guaranteed by the compiler's stack-depth computation, inside the code by
// every code object ending in a jump or a return, and both are checked
// once per code object by the verifier (verify.go). slotsOf and codeOf
// (slots_fast.go) make the array pointers; built with the pycodebug tag
// (slots_debug.go) they return the slices themselves, so that the loop
// runs with Go's bounds checks against the real lengths.
type (
	slotArray [1 << 26]Object
	codeArray [compiler.MaxArg + 1]compiler.Instr
)

// The binop section tests POP_JUMP_IF_FALSE..POP_JUMP_IF_TRUE as a range.
var _ = [1]int{}[compiler.POP_JUMP_IF_TRUE-compiler.POP_JUMP_IF_FALSE-1]

// plainSliceBound reports a slice bound whose use runs no pyco code.
func plainSliceBound(o Object) bool {
	switch o.(type) {
	case Int, *NoneType:
		return true
	}
	return false
}

// plainSliceable reports a container of an exact builtin type whose
// slicing neither keeps the slice object nor runs pyco code.
func plainSliceable(o Object) bool {
	switch c := o.(type) {
	case *Str:
		return c.Type() == StrType
	case *List:
		return c.Class == nil
	case *Tuple:
		return c.Type() == TupleType
	}
	return false
}

// getAttrDefersMethod reports that typ's GetAttr slot hands name to the
// generic lookup, so that LOAD_METHOD may cache it like a type without
// GetAttr: the generator types intercept only their dunder and
// gi_/cr_/ag_ attributes (genGetAttr), not their methods.
func getAttrDefersMethod(typ *Type, name string) bool {
	switch typ {
	case GeneratorType, CoroutineType, AsyncGeneratorType:
		return len(name) >= 3 && name[0] != '_' && name[2] != '_'
	}
	return false
}
