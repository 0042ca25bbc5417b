package vm

// This file defines the dispatch loop: one `for { switch op }` over the
// instructions of the current frame, with pc, sp and the frame's slots in
// Go locals. Calls of pyco functions push a frame and continue in the same
// loop; RETURN_VALUE pops back to the caller. The loop is left when the
// entry frame returns, when a generator frame yields, or when an exception
// escapes the entry frame.
//
// Slots above sp are not kept nil: the hottest pops (binary operators,
// conditional jumps, STORE_FAST) leave the popped value behind, because
// every pointer store into the heap-allocated slots costs a write barrier
// while the GC marks. Nothing reads a slot above sp before writing it;
// the stale references only delay collection until the slot is reused or
// the frame is recycled.

import (
	"strconv"
	"sync/atomic"
	"unsafe"

	"pyco/compiler"
	"pyco/parser"
)

// run executes frame f (an entry frame: its caller is Go code) until it
// returns or yields. When throw is non-nil the exception is raised in f at
// its current instruction first (generator.throw).
func (t *Thread) run(f *Frame, throw *Exception) (result Object, err error) {
	if t.depth >= t.Interp.recursionLimit {
		if f.gen == nil {
			t.releaseFrame(f)
		}
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded")
	}
	t.depth++
	f.back = t.frame
	f.entry = true
	t.frame = f
	brk := &t.Interp.pending

	var (
		code  = codeOf(f.Code)
		slots = slotsOf(f)
		sp    = f.sp
		pc    = f.pc
		exc   *Exception
		tbNew bool // the exception is new in this frame (sets __context__)
		// The operands and operator of the binop section.
		ba, bb Object
		bop    int
		// The value returned by the ret section.
		retv Object
		// The object, value and attribute site of the attribute sections.
		ao, sv Object
		asite  int
	)
	if throw != nil {
		exc = throw
		tbNew = true
	}

	for {
		if exc != nil {
			// exc propagates in frame f: record the traceback entry (except
			// for re-raises), then look for a handler, popping frames as
			// needed.
			if tbNew {
				f.escaped = true
				exc.Traceback = &Traceback{Frame: f, Line: lineAt(f.Code, pc-1), Lasti: pc - 1, Next: exc.Traceback}
			}
			for {
				if handled := t.findHandler(f, exc, &sp); handled {
					slots = slotsOf(f)
					pc = f.pc
					break
				}
				// The exception leaves frame f. Drop its operand stack, as
				// CPython does, so that a frame kept by the traceback does
				// not keep those values alive (unawaited.go).
				clear(f.slots[f.Code.nbase:])
				t.depth--
				if f.gen != nil {
					f.gen.finish()
					exc = pep479(f.gen.kind, exc)
				} else if f.inline == inlLazy {
					exc = pep479(lazyKindOf(f), exc)
				}
				if f.entry {
					t.frame = f.back
					if f.gen == nil {
						t.releaseFrame(f)
					}
					return nil, exc
				}
				caller := f.back
				kind := f.inline
				if f.gen != nil {
					// A generator frame run inline: the exception continues
					// in its consumer at the instruction that resumed it.
					f.gen.leaveDone(t, f)
				} else {
					t.releaseFrame(f)
				}
				f = caller
				t.frame = f
				code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, f.pc
				if kind == inlYieldFrom {
					// The YIELD_FROM fails: its sub-iterator is popped.
					sp--
					slots[sp] = nil
				}
				f.escaped = true
				exc.Traceback = &Traceback{Frame: f, Line: lineAt(f.Code, pc-1), Lasti: pc - 1, Next: exc.Traceback}
			}
			exc = nil
		}
		for {
			instr := code[pc]
			pc++
			arg := int(instr >> 8)
			switch compiler.Opcode(instr) {
			case compiler.NOP:

			case compiler.POP_TOP:
				sp--
				slots[sp] = nil
			case compiler.ROT_TWO:
				slots[sp-1], slots[sp-2] = slots[sp-2], slots[sp-1]
			case compiler.ROT_THREE:
				a, b, c := slots[sp-3], slots[sp-2], slots[sp-1]
				slots[sp-3], slots[sp-2], slots[sp-1] = c, a, b
			case compiler.ROT_FOUR:
				a, b, c, d := slots[sp-4], slots[sp-3], slots[sp-2], slots[sp-1]
				slots[sp-4], slots[sp-3], slots[sp-2], slots[sp-1] = d, a, b, c
			case compiler.DUP_TOP:
				slots[sp] = slots[sp-1]
				sp++
			case compiler.DUP_TOP_TWO:
				slots[sp] = slots[sp-2]
				slots[sp+1] = slots[sp-1]
				sp += 2

			case compiler.LOAD_CONST:
				slots[sp] = f.Code.Consts[arg]
				sp++
			case compiler.LOAD_FAST:
				v := slots[arg]
				if v == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				slots[sp] = v
				sp++
			case compiler.STORE_FAST:
				sp--
				slots[arg] = slots[sp]
			case compiler.DELETE_FAST:
				if slots[arg] == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				slots[arg] = nil
			case compiler.LOAD_NAME:
				name, h := f.Code.C.Names[arg], f.Code.nameHash[arg]
				var v Object
				var ok bool
				if f.Locals != nil {
					v, ok = dictGetStrHashed(f.Locals, name, h)
				}
				if !ok {
					if v, ok = dictGetStrHashed(f.Globals, name, h); !ok {
						if v, ok = dictGetStrHashed(f.Builtins, name, h); !ok {
							err = nameError(name)
							goto fail
						}
					}
				}
				slots[sp] = v
				sp++
			case compiler.STORE_NAME:
				sp--
				if f.Locals == nil {
					err = Errorf(SystemError, "no locals found when storing '%s'", f.Code.C.Names[arg])
					goto fail
				}
				{
					d, name, h := f.Locals, f.Code.C.Names[arg], f.Code.nameHash[arg]
					if pos, slot := d.lookupStr(name, h); pos >= 0 {
						d.entries[pos].value = slots[sp]
					} else {
						d.insertNew(NewStr(name), slots[sp], h, slot)
					}
				}
				slots[sp] = nil
			case compiler.DELETE_NAME:
				if f.Locals == nil || !f.Locals.DeleteStr(f.Code.C.Names[arg]) {
					err = nameError(f.Code.C.Names[arg])
					goto fail
				}
			case compiler.LOAD_GLOBAL:
				ce := &f.Code.globalCache[arg]
				g, b := f.Globals, f.Builtins
				if ce.globals == g && ce.gver == g.version {
					if !ce.inBuiltins {
						slots[sp] = g.entries[ce.pos].value
						sp++
						break
					}
					if ce.builtins == b && ce.bver == b.version {
						slots[sp] = b.entries[ce.pos].value
						sp++
						break
					}
				}
				v, e := loadGlobal(g, b, f.Code.C.Names[arg], ce)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp] = v
				sp++
			case compiler.STORE_GLOBAL:
				sp--
				f.Globals.SetStr(f.Code.C.Names[arg], slots[sp])
				slots[sp] = nil
			case compiler.DELETE_GLOBAL:
				if !f.Globals.DeleteStr(f.Code.C.Names[arg]) {
					err = nameError(f.Code.C.Names[arg])
					goto fail
				}
			case compiler.LOAD_DEREF:
				cell := slots[f.Code.nlocals+arg].(*Cell)
				if cell.V == nil {
					err = derefError(f.Code, arg)
					goto fail
				}
				slots[sp] = cell.V
				sp++
			case compiler.STORE_DEREF:
				sp--
				slots[f.Code.nlocals+arg].(*Cell).V = slots[sp]
				slots[sp] = nil
			case compiler.DELETE_DEREF:
				cell := slots[f.Code.nlocals+arg].(*Cell)
				if cell.V == nil {
					err = derefError(f.Code, arg)
					goto fail
				}
				cell.V = nil
			case compiler.LOAD_CLOSURE:
				slots[sp] = slots[f.Code.nlocals+arg]
				sp++
			case compiler.LOAD_CLASSDEREF:
				name := cellName(f.Code, arg)
				if f.Locals != nil {
					if v, ok := f.Locals.GetStr(name); ok {
						slots[sp] = v
						sp++
						break
					}
				}
				cell := slots[f.Code.nlocals+arg].(*Cell)
				if cell.V == nil {
					err = derefError(f.Code, arg)
					goto fail
				}
				slots[sp] = cell.V
				sp++

			case compiler.LOAD_ATTR:
				if inst, ok := slots[sp-1].(*Instance); ok && inst.Class.GetAttr == nil {
					name := f.Code.C.Names[arg]
					ce := lookupTypeEntry(inst.Class, name)
					if ce.v == nil {
						if v, ok := dictGetStrHashed(inst.Dict, name, ce.hash); ok {
							slots[sp-1] = v
							break
						}
					}
				}
				v, e := GetAttr(t, slots[sp-1], f.Code.C.Names[arg])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = v
			case compiler.STORE_ATTR:
				if inst, ok := slots[sp-1].(*Instance); ok && inst.Class.SetAttr == nil && inst.Dict != nil {
					name := f.Code.C.Names[arg]
					ce := lookupTypeEntry(inst.Class, name)
					if ce.v == nil {
						d := inst.Dict
						if pos, _ := d.lookupStr(name, ce.hash); pos >= 0 {
							d.entries[pos].value = slots[sp-2]
							sp -= 2
							slots[sp], slots[sp+1] = nil, nil
							break
						}
					}
				}
				if e := SetAttr(t, slots[sp-1], f.Code.C.Names[arg], slots[sp-2]); e != nil {
					err = e
					goto fail
				}
				sp -= 2
				slots[sp], slots[sp+1] = nil, nil
			case compiler.DELETE_ATTR:
				if e := SetAttr(t, slots[sp-1], f.Code.C.Names[arg], nil); e != nil {
					err = e
					goto fail
				}
				sp--
				slots[sp] = nil
			case compiler.LOAD_METHOD:
				obj := slots[sp-1]
				name := f.Code.C.Names[arg]
				typ := obj.Type()
				if typ.GetAttr == nil {
					ce := lookupTypeEntry(typ, name)
					if m := ce.v; m != nil {
						isMeth := false
						switch mf := m.(type) {
						case *Function:
							isMeth = true
						case *Builtin:
							isMeth = mf.Self == nil
						}
						if isMeth {
							d := instanceDict(obj, false)
							if d == nil {
								slots[sp-1] = m
								slots[sp] = obj
								sp++
								break
							}
							if _, shadow := dictGetStrHashed(d, name, ce.hash); !shadow {
								slots[sp-1] = m
								slots[sp] = obj
								sp++
								break
							}
						}
					}
				}
				v, e := GetAttr(t, obj, name)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = nil
				slots[sp] = v
				sp++
			case opLoadAttr:
				ao, asite = slots[sp-1], arg
				goto loadAttr
			case opLoadFastLoadAttr:
				ao = slots[arg]
				if ao == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				slots[sp] = ao
				sp++
				asite = int(code[pc] >> 8)
				pc++
				goto loadAttr
			case opStoreAttr:
				ao, sv, asite = slots[sp-1], slots[sp-2], arg
				sp -= 2
				goto storeAttr
			case opRotStoreAttr:
				// ROT_TWO; STORE_ATTR: ( obj v -- ) obj.attr = v
				ao, sv, asite = slots[sp-2], slots[sp-1], int(code[pc]>>8)
				sp -= 2
				pc++
				goto storeAttr
			case opLoadFastStoreAttr:
				// LOAD_FAST obj; STORE_ATTR: ( v -- ) obj.attr = v
				ao = slots[arg]
				if ao == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				sp--
				sv, asite = slots[sp], int(code[pc]>>8)
				pc++
				goto storeAttr
			case opLoadMethod:
				ao, asite = slots[sp-1], arg
				goto loadMethod
			case opLoadFastLoadMethod:
				ao = slots[arg]
				if ao == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				slots[sp] = ao
				sp++
				asite = int(code[pc] >> 8)
				pc++
				goto loadMethod
			case compiler.BINARY_SUBSCR:
				c, k := slots[sp-2], slots[sp-1]
				if l, ok := c.(*List); ok && l.Class == nil {
					if i, ok := k.(Int); ok {
						n := Int(len(l.Items))
						if i < 0 {
							i += n
						}
						if i >= 0 && i < n {
							sp--
							slots[sp-1] = l.Items[i]
							slots[sp] = nil
							break
						}
					}
				}
				v, e := GetItem(t, c, k)
				if e != nil {
					err = e
					goto fail
				}
				sp--
				slots[sp-1] = v
				slots[sp] = nil
			case compiler.STORE_SUBSCR:
				v, c, k := slots[sp-3], slots[sp-2], slots[sp-1]
				if l, ok := c.(*List); ok && l.Class == nil {
					if i, ok := k.(Int); ok {
						n := Int(len(l.Items))
						if i < 0 {
							i += n
						}
						if i >= 0 && i < n {
							l.Items[i] = v
							sp -= 3
							break
						}
					}
				}
				if e := SetItem(t, c, k, v); e != nil {
					err = e
					goto fail
				}
				sp -= 3
				slots[sp], slots[sp+1], slots[sp+2] = nil, nil, nil
			case compiler.DELETE_SUBSCR:
				if e := DelItem(t, slots[sp-2], slots[sp-1]); e != nil {
					err = e
					goto fail
				}
				sp -= 2
				slots[sp], slots[sp+1] = nil, nil
			case compiler.BUILD_SLICE:
				var s *Slice
				if arg == 3 {
					s = NewSlice(slots[sp-3], slots[sp-2], slots[sp-1])
					sp -= 2
				} else {
					s = NewSlice(slots[sp-2], slots[sp-1], None)
					sp--
				}
				slots[sp-1] = s

			case compiler.UNARY_POSITIVE:
				v, e := Positive(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = v
			case compiler.UNARY_NEGATIVE:
				if i, ok := slots[sp-1].(Int); ok && i != -1<<63 {
					slots[sp-1] = MakeInt(int64(-i))
					break
				}
				v, e := Negative(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = v
			case compiler.UNARY_NOT:
				b, e := Truthy(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = MakeBool(!b)
			case compiler.UNARY_INVERT:
				v, e := Invert(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = v

			case compiler.BINARY_OP:
				ba, bb, bop = slots[sp-2], slots[sp-1], arg
				sp -= 2
				goto binop
			case opFastBinop:
				ba = slots[sp-1]
				sp--
				bb = slots[arg]
				if bb == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				bop = int(code[pc] >> 8)
				pc++
				goto binop
			case opConstBinop:
				ba = slots[sp-1]
				sp--
				bb, bop = f.Code.Consts[arg], int(code[pc]>>8)
				pc++
				goto binop
			case opFastConstBinop:
				ba = slots[arg]
				if ba == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				bb, bop = f.Code.Consts[code[pc]>>8], int(code[pc+1]>>8)
				pc += 2
				goto binop
			case opFastFastBinop:
				ba = slots[arg]
				if ba == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				bb = slots[code[pc]>>8]
				pc++
				if bb == nil {
					err = unboundLocal(f.Code, int(code[pc-1]>>8))
					goto fail
				}
				bop = int(code[pc] >> 8)
				pc++
				goto binop
			case opLoadFast2:
				v := slots[arg]
				if v == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				w := slots[code[pc]>>8]
				pc++
				if w == nil {
					err = unboundLocal(f.Code, int(code[pc-1]>>8))
					goto fail
				}
				slots[sp] = v
				slots[sp+1] = w
				sp += 2
			case opLoadFastConst:
				v := slots[arg]
				if v == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				slots[sp] = v
				slots[sp+1] = f.Code.Consts[code[pc]>>8]
				sp += 2
				pc++
			case opStoreFastLoadFast:
				sp--
				slots[arg] = slots[sp]
				v := slots[code[pc]>>8]
				pc++
				if v == nil {
					slots[sp] = nil
					err = unboundLocal(f.Code, int(code[pc-1]>>8))
					goto fail
				}
				slots[sp] = v
				sp++
			case opCompareJumpFalse, opCompareJumpTrue:
				ba, bb, bop = slots[sp-2], slots[sp-1], arg
				sp -= 2
				goto cmpJump
			case opConstCompareJump:
				ba, bb, bop = slots[sp-1], f.Code.Consts[arg], int(code[pc]>>8)
				sp--
				pc++
				goto cmpJump
			case opSliceSubscr:
				// BUILD_SLICE; BINARY_SUBSCR.
				var start, stop, step Object = nil, nil, None
				if arg == 3 {
					start, stop, step = slots[sp-3], slots[sp-2], slots[sp-1]
					sp -= 3
				} else {
					start, stop = slots[sp-2], slots[sp-1]
					sp -= 2
				}
				pc++
				c := slots[sp-1]
				var v Object
				var e error
				if plainSliceBound(start) && plainSliceBound(stop) && plainSliceBound(step) && plainSliceable(c) {
					// The container's getitem neither keeps the slice nor
					// runs pyco code: a per-thread slice object serves.
					sl := &t.scratchSlice
					sl.Start, sl.Stop, sl.Step = start, stop, step
					v, e = GetItem(t, c, sl)
					sl.Start, sl.Stop, sl.Step = nil, nil, nil
				} else {
					v, e = GetItem(t, c, NewSlice(start, stop, step))
				}
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = v
			case opFastConstCompareJump:
				ba = slots[arg]
				if ba == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				bb, bop = f.Code.Consts[code[pc]>>8], int(code[pc+1]>>8)
				pc += 2
				goto cmpJump
			case opFastConstIsJump:
				{
					v := slots[arg]
					if v == nil {
						err = unboundLocal(f.Code, arg)
						goto fail
					}
					truth := (v == f.Code.Consts[code[pc]>>8]) != (code[pc+1]>>8 == 1)
					if j := code[pc+2]; truth == (j.Op() == compiler.POP_JUMP_IF_TRUE) {
						if int(j>>8) < pc && atomic.LoadInt32(brk) != 0 {
							pc = int(j >> 8)
							goto backJump
						}
						pc = int(j >> 8)
					} else {
						pc += 3
					}
				}
			case opFastFastCompareJump:
				ba = slots[arg]
				if ba == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				bb = slots[code[pc]>>8]
				pc++
				if bb == nil {
					err = unboundLocal(f.Code, int(code[pc-1]>>8))
					goto fail
				}
				bop = int(code[pc] >> 8)
				pc++
				goto cmpJump
			case compiler.COMPARE_OP:
				a, b := slots[sp-2], slots[sp-1]
				if x, ok := a.(Int); ok {
					if y, ok := b.(Int); ok {
						sp--
						slots[sp-1] = compareOrdered(x, y, CompareOp(arg))
						slots[sp] = nil
						break
					}
				}
				if x, ok := a.(Float); ok {
					if y, ok := b.(Float); ok {
						sp--
						slots[sp-1] = compareOrdered(x, y, CompareOp(arg))
						slots[sp] = nil
						break
					}
				}
				if x, ok := a.(*Str); ok && x.Type() == StrType {
					if y, ok := b.(*Str); ok && y.Type() == StrType {
						sp--
						slots[sp-1] = compareOrdered(x.S, y.S, CompareOp(arg))
						slots[sp] = nil
						break
					}
				}
				v, e := RichCompare(t, a, b, CompareOp(arg))
				if e != nil {
					err = e
					goto fail
				}
				sp--
				slots[sp-1] = v
				slots[sp] = nil
			case compiler.IS_OP:
				same := slots[sp-2] == slots[sp-1]
				sp--
				slots[sp-1] = MakeBool(same != (arg == 1))
				slots[sp] = nil
			case compiler.CONTAINS_OP:
				in, e := Contains(t, slots[sp-1], slots[sp-2])
				if e != nil {
					err = e
					goto fail
				}
				sp--
				slots[sp-1] = MakeBool(in != (arg == 1))
				slots[sp] = nil

			case compiler.JUMP:
				if arg < pc && atomic.LoadInt32(brk) != 0 {
					pc = arg
					if e := t.Interp.handleBreaker(); e != nil {
						err = e
						goto fail
					}
					break
				}
				pc = arg
			case compiler.POP_JUMP_IF_FALSE:
				sp--
				v := slots[sp]
				if bv, ok := v.(Bool); ok {
					if !bv {
						if arg < pc && atomic.LoadInt32(brk) != 0 {
							pc = arg
							goto backJump
						}
						pc = arg
					}
				} else {
					b, e := Truthy(t, v)
					if e != nil {
						err = e
						goto fail
					}
					if !b {
						if arg < pc && atomic.LoadInt32(brk) != 0 {
							pc = arg
							goto backJump
						}
						pc = arg
					}
				}
			case compiler.POP_JUMP_IF_TRUE:
				sp--
				v := slots[sp]
				if bv, ok := v.(Bool); ok {
					if bv {
						if arg < pc && atomic.LoadInt32(brk) != 0 {
							pc = arg
							goto backJump
						}
						pc = arg
					}
				} else {
					b, e := Truthy(t, v)
					if e != nil {
						err = e
						goto fail
					}
					if b {
						if arg < pc && atomic.LoadInt32(brk) != 0 {
							pc = arg
							goto backJump
						}
						pc = arg
					}
				}
			case compiler.JUMP_IF_FALSE_OR_POP:
				b, e := Truthy(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				if !b {
					if arg < pc && atomic.LoadInt32(brk) != 0 {
						pc = arg
						goto backJump
					}
					pc = arg
				} else {
					sp--
					slots[sp] = nil
				}
			case compiler.JUMP_IF_TRUE_OR_POP:
				b, e := Truthy(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				if b {
					if arg < pc && atomic.LoadInt32(brk) != 0 {
						pc = arg
						goto backJump
					}
					pc = arg
				} else {
					sp--
					slots[sp] = nil
				}

			case compiler.GET_ITER:
				it, e := GetIter(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = it
			case compiler.FOR_ITER, opForIterStore:
				// Read from the code, so that instr is dead after dispatch.
				store := f.Code.code[pc-1].Op() == opForIterStore
				var v Object
				switch it := slots[sp-1].(type) {
				case *RangeIterator:
					if it.left > 0 {
						if n := it.next; uint64(n-smallIntMin) < uint64(len(smallInts)) {
							v = smallInts[n-smallIntMin]
						} else if i := t.intSlabN; i < intSlabSize && t.intSlab != nil {
							// boxIntSlow's common case, inlined.
							p := &t.intSlab[i]
							t.intSlabN = i + 1
							*p = Int(n)
							w := (*ifaceWords)(unsafe.Pointer(&v))
							w.tab = intItab
							w.data = unsafe.Pointer(p)
						} else {
							v = t.boxIntSlow(n)
						}
						it.next += it.step
						it.left--
					}
				case *ListIterator:
					// it.NextItem(), inlined.
					if l := it.list; l != nil {
						if it.i < len(l.Items) {
							v = l.Items[it.i]
							it.i++
						} else {
							it.list = nil
						}
					}
				case *TupleIterator:
					v = it.NextItem()
				case *Generator:
					if gf := it.enterInline(t, f, None, inlFor); gf != nil {
						// Continue in the generator's frame; its yield
						// comes back here (the yieldv section).
						f.sp, f.pc = sp, pc
						f = gf
						code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, f.pc
						continue
					}
					r, done, e := it.resume(t, None, nil)
					if e != nil {
						err = e
						goto fail
					}
					if !done {
						v = r
					}
				default:
					next := it.Type().Next
					if next == nil {
						err = Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
						goto fail
					}
					r, e := next(t, it)
					if e != nil {
						if ex, ok := e.(*Exception); !ok || !isSubtype(ex.Class, StopIteration) {
							err = e
							goto fail
						}
						r = nil
					}
					v = r
				}
				if v == nil {
					sp--
					slots[sp] = nil
					pc = arg
					break
				}
				if store {
					slots[code[pc]>>8] = v
					pc++
					break
				}
				slots[sp] = v
				sp++

			case compiler.BUILD_TUPLE:
				items := make([]Object, arg)
				copy(items, slots[sp-arg:sp])
				clear(slots[sp-arg : sp])
				sp -= arg
				slots[sp] = NewTuple(items)
				sp++
			case compiler.BUILD_LIST:
				items := make([]Object, arg)
				copy(items, slots[sp-arg:sp])
				clear(slots[sp-arg : sp])
				sp -= arg
				slots[sp] = NewList(items)
				sp++
			case compiler.BUILD_SET:
				s, e := buildSet(t, slots[sp-arg:sp])
				if e != nil {
					err = e
					goto fail
				}
				clear(slots[sp-arg : sp])
				sp -= arg
				slots[sp] = s
				sp++
			case compiler.BUILD_MAP:
				d := NewDictSize(arg)
				for i := sp - 2*arg; i < sp; i += 2 {
					if e := d.Set(t, slots[i], slots[i+1]); e != nil {
						err = e
						goto fail
					}
				}
				clear(slots[sp-2*arg : sp])
				sp -= 2 * arg
				slots[sp] = d
				sp++
			case compiler.BUILD_CONST_KEY_MAP:
				keys := slots[sp-1].(*Tuple)
				d := NewDictSize(arg)
				for i := 0; i < arg; i++ {
					if e := d.Set(t, keys.Items[i], slots[sp-1-arg+i]); e != nil {
						err = e
						goto fail
					}
				}
				clear(slots[sp-1-arg : sp])
				sp -= arg + 1
				slots[sp] = d
				sp++
			case compiler.BUILD_STRING:
				n := 0
				for _, s := range slots[sp-arg : sp] {
					n += len(s.(*Str).S)
				}
				var r *Str
				if n == 0 {
					r = NewStr("")
				} else {
					buf := make([]byte, 0, n)
					for _, s := range slots[sp-arg : sp] {
						buf = append(buf, s.(*Str).S...)
					}
					// buf is never written again: share it.
					r = NewStr(unsafe.String(&buf[0], n))
				}
				clear(slots[sp-arg : sp])
				sp -= arg
				slots[sp] = r
				sp++
			case compiler.LIST_APPEND:
				sp--
				l := slots[sp-arg].(*List)
				l.Items = append(l.Items, slots[sp])
				slots[sp] = nil
			case compiler.SET_ADD:
				sp--
				if e := setAdd(t, slots[sp-arg], slots[sp]); e != nil {
					err = e
					goto fail
				}
				slots[sp] = nil
			case compiler.MAP_ADD:
				sp -= 2
				if e := slots[sp-arg].(*Dict).Set(t, slots[sp], slots[sp+1]); e != nil {
					err = e
					goto fail
				}
				slots[sp], slots[sp+1] = nil, nil
			case compiler.LIST_EXTEND:
				sp--
				l := slots[sp-arg].(*List)
				src := slots[sp]
				switch s := src.(type) {
				case *List:
					l.Items = append(l.Items, s.Items...)
				case *Tuple:
					l.Items = append(l.Items, s.Items...)
				default:
					if e := Iterate(t, src, func(v Object) (bool, error) {
						l.Items = append(l.Items, v)
						return true, nil
					}); e != nil {
						if ex, ok := e.(*Exception); ok && ex.Class == TypeError && src.Type().Iter == nil && src.Type().GetItem == nil {
							e = starError(t, slots[:sp], sp-arg-2, src)
						}
						err = e
						goto fail
					}
				}
				slots[sp] = nil
			case compiler.SET_UPDATE:
				sp--
				set := slots[sp-arg]
				if e := Iterate(t, slots[sp], func(v Object) (bool, error) {
					return true, setAdd(t, set, v)
				}); e != nil {
					err = e
					goto fail
				}
				slots[sp] = nil
			case compiler.DICT_UPDATE:
				sp--
				if e := dictUpdate(t, slots[sp-arg].(*Dict), slots[sp], nil); e != nil {
					err = e
					goto fail
				}
				slots[sp] = nil
			case compiler.DICT_MERGE:
				sp--
				callee := slots[sp-arg-2]
				if e := dictUpdate(t, slots[sp-arg].(*Dict), slots[sp], callee); e != nil {
					err = e
					goto fail
				}
				slots[sp] = nil
			case compiler.LIST_TO_TUPLE:
				l := slots[sp-1].(*List)
				slots[sp-1] = NewTuple(l.Items)
			case compiler.UNPACK_SEQUENCE:
				seq := slots[sp-1]
				var items []Object
				switch s := seq.(type) {
				case *Tuple:
					items = s.Items
				case *List:
					items = s.Items
				}
				if items == nil || len(items) != arg {
					var e error
					items, e = unpackIterable(t, seq, arg, -1)
					if e != nil {
						err = e
						goto fail
					}
				}
				sp--
				for i := arg - 1; i >= 0; i-- {
					slots[sp] = items[i]
					sp++
				}
			case compiler.UNPACK_EX:
				before, after := arg&0xff, arg>>8
				items, e := unpackIterable(t, slots[sp-1], before, after)
				if e != nil {
					err = e
					goto fail
				}
				sp--
				n := len(items)
				for i := n - 1; i >= n-after; i-- {
					slots[sp] = items[i]
					sp++
				}
				slots[sp] = NewList(append([]Object(nil), items[before:n-after]...))
				sp++
				for i := before - 1; i >= 0; i-- {
					slots[sp] = items[i]
					sp++
				}
			case compiler.FORMAT_VALUE:
				var spec Object
				if arg&4 != 0 {
					sp--
					spec = slots[sp]
					slots[sp] = nil
				}
				v := slots[sp-1]
				if i, ok := v.(Int); ok && spec == nil && arg&3 < 2 {
					// str() and format() of an int with no spec.
					if i >= smallIntMin && i <= smallIntMax {
						slots[sp-1] = smallIntStrs[i-smallIntMin]
					} else {
						slots[sp-1] = newStrASCII(strconv.FormatInt(int64(i), 10))
					}
					break
				}
				var e error
				switch arg & 3 {
				case 1:
					v, e = StrObj(t, v)
				case 2:
					v, e = ReprObj(t, v)
				case 3:
					v, e = asciiObj(t, v)
				}
				if e == nil {
					if s, ok := v.(*Str); ok && s.Type() == StrType && (spec == nil || spec.(*Str).S == "") {
						slots[sp-1] = v
						break
					}
					specStr := ""
					if spec != nil {
						specStr = spec.(*Str).S
					}
					v, e = Format(t, v, specStr)
				}
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = v

			case compiler.MAKE_FUNCTION:
				sp--
				c := slots[sp].(*Code)
				slots[sp] = nil
				fn := NewFunction(t, c, f.Globals)
				fn.Builtins = f.Builtins
				if arg&compiler.FuncClosure != 0 {
					sp--
					fn.Closure = slots[sp].(*Tuple).Items
					slots[sp] = nil
				}
				if arg&compiler.FuncKwDefaults != 0 {
					sp--
					fn.KwDefaults = slots[sp].(*Dict)
					slots[sp] = nil
				}
				if arg&compiler.FuncDefaults != 0 {
					sp--
					fn.Defaults = slots[sp].(*Tuple).Items
					slots[sp] = nil
				}
				slots[sp] = fn
				sp++
			case compiler.CALL_FUNCTION, compiler.CALL_METHOD:
				// Read from the code, so that instr is dead after dispatch.
				isMethod := f.Code.code[pc-1].Op() == compiler.CALL_METHOD
				// Fast path: a plain pyco function called with exactly its
				// positional parameters (CALL_METHOD passes self first).
				{
					first, nargs := sp-arg, arg
					callee := slots[first-1]
					if isMethod {
						if m := slots[first-2]; m != nil {
							callee = m
							first--
							nargs++
						}
					}
					fn, ok := callee.(*Function)
					var initSelf *Instance
					if b, isB := callee.(*Builtin); isB && b.Self == nil {
						// A Go function or unbound method: the arguments are a
						// window of the stack.
						if atomic.LoadInt32(brk) != 0 {
							goto callGeneral
						}
						base := sp - arg - 1
						if isMethod {
							base--
						}
						if nargs == 2 && (Object(b) == genSendMethod || Object(b) == coroSendMethod) {
							// gen.send(v): resume the generator in this loop.
							if g, ok := slots[first].(*Generator); ok {
								if gf := g.enterInline(t, f, slots[first+1], inlSend); gf != nil {
									// clear(slots[base:sp]) without the
									// memclr call (two or three slots).
									for i := base; i < sp; i++ {
										slots[i] = nil
									}
									f.sp, f.pc = base, pc
									f = gf
									code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, f.pc
									break
								}
							}
						}
						f.sp, f.pc = sp, pc
						r, e := b.Fn(t, slots[first:first+nargs], nil)
						if e != nil {
							err = e
							goto fail
						}
						slots[base] = r
						sp = base + 1
						break
					}
					if !ok {
						// A class whose instances are made by object.__new__
						// and initialised by a pyco __init__.
						cls, ok := callee.(*Type)
						if !ok || !cls.plainInit || nargs != arg {
							goto callGeneral
						}
						if fn, ok = lookupType(cls, "__init__").(*Function); !ok || fn.Code.simpleArgc != nargs+1 {
							goto callGeneral
						}
						initSelf = newInstance(cls)
						nargs++
					}
					c := fn.Code
					if c.simpleArgc != nargs || t.depth >= t.Interp.recursionLimit || atomic.LoadInt32(brk) != 0 {
						if c.genArgc != nargs || initSelf != nil || atomic.LoadInt32(brk) != 0 {
							goto callGeneral
						}
						// A generator function: bind the arguments into a
						// new frame and make the generator, as callFunction
						// would (its origin is the caller's pc).
						nf := t.newFrame(c, fn.Globals, fn.Builtins)
						nf.Func = fn
						copy(nf.slots, slots[first:first+nargs])
						if c.nfree > 0 || c.ncells > 0 {
							initCells(fn, nf)
						}
						base := sp - arg - 1
						if isMethod {
							base--
						}
						if c.lazyKind != 0 && t.depth < t.Interp.recursionLimit && lazyCall(f.Code, pc, c.lazyKind) {
							// Awaited or delegated to at once: run it as a
							// lazy frame (generator.go, inlLazy); the
							// consumer continues after the YIELD_FROM.
							clear(slots[base:sp])
							t.depth++
							f.sp, f.pc = base, pc+3
							nf.back = f
							nf.inline = inlLazy
							f = nf
							t.frame = f
							code, slots, sp, pc = codeOf(c), slotsOf(f), c.nbase, 0
							break
						}
						f.sp, f.pc = sp, pc
						g := newGenerator(t, nf, fn)
						clear(slots[base:sp])
						slots[base] = g
						sp = base + 1
						break
					}
					var nf *Frame
					if n := len(t.framePool) - 1; n >= 0 && cap(t.framePool[n].slots) >= c.nslots {
						nf = t.framePool[n]
						// Drop the pool's pointer, as newFrame does.
						t.framePool[n] = nil
						t.framePool = t.framePool[:n]
						nf.slots = nf.slots[:c.nslots]
						nf.blocks = nf.blocks[:0]
						nf.Code = c
						nf.Globals = fn.Globals
						nf.Builtins = fn.Builtins
					} else {
						nf = t.newFrame(c, fn.Globals, fn.Builtins)
					}
					nf.Func = fn
					ns := nf.slots
					if initSelf != nil {
						ns[0] = initSelf
						nf.initSelf = initSelf
						for i := 1; i < nargs; i++ {
							ns[i] = slots[first+i-1]
						}
					} else {
						for i := 0; i < nargs; i++ {
							ns[i] = slots[first+i]
						}
					}
					for i := nargs; i < c.nbase; i++ {
						ns[i] = nil
					}
					if c.nfree > 0 || c.ncells > 0 {
						initCells(fn, nf)
					}
					nf.sp = c.nbase
					t.depth++
					if isMethod {
						f.sp = sp - arg - 2
					} else {
						f.sp = sp - arg - 1
					}
					f.pc = pc
					nf.back = f
					f = nf
					t.frame = f
					code, slots, sp, pc = codeOf(c), slotsOf(f), c.nbase, 0
					break
				}
			callGeneral:
				var callee, self Object
				var args []Object
				base := sp - arg - 1 // index of the callee (CALL_FUNCTION) or self/f slot
				if isMethod {
					m := slots[base-1]
					if m == nil {
						callee = slots[base]
					} else {
						callee = m
						self = slots[base]
					}
					base--
				} else {
					callee = slots[base]
				}
				args = slots[sp-arg : sp]
				if atomic.LoadInt32(brk) != 0 {
					if e := t.Interp.handleBreaker(); e != nil {
						err = e
						goto fail
					}
				}
				if m, ok := callee.(*Method); ok && self == nil {
					if fn, ok := m.Func.(*Function); ok {
						callee, self = fn, m.Self
					}
				}
				var initSelf *Instance
				if cls, ok := callee.(*Type); ok && cls.plainInit && self == nil {
					if fn, ok := lookupType(cls, "__init__").(*Function); ok && !fn.Code.isGen {
						inst := newInstance(cls)
						callee, self, initSelf = fn, inst, inst
					}
				}
				if fn, ok := callee.(*Function); ok && !fn.Code.isGen {
					var nf *Frame
					c := fn.Code
					if c.simple && len(args)+boolInt(self != nil) == c.C.ArgCount {
						nf = t.newFrame(c, fn.Globals, fn.Builtins)
						nf.Func = fn
						if self != nil {
							nf.slots[0] = self
							copy(nf.slots[1:], args)
						} else {
							copy(nf.slots, args)
						}
						if c.nfree > 0 || c.ncells > 0 {
							initCells(fn, nf)
						}
					} else {
						var e error
						nf, e = t.bindFrame(fn, self, args, nil)
						if e != nil {
							err = e
							goto fail
						}
					}
					sp = base
					if t.depth >= t.Interp.recursionLimit {
						t.releaseFrame(nf)
						err = Errorf(RecursionError, "maximum recursion depth exceeded")
						goto fail
					}
					t.depth++
					f.sp, f.pc = sp, pc
					nf.initSelf = initSelf
					nf.back = f
					f = nf
					t.frame = f
					code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, 0
					break
				}
				f.sp, f.pc = sp, pc
				var r Object
				var e error
				if self != nil {
					if b, ok := callee.(*Builtin); ok && b.Self == nil {
						r, e = b.Fn(t, slots[base+1:sp], nil)
					} else {
						r, e = t.callWithSelf(callee, self, args, nil)
					}
				} else {
					r, e = t.Call(callee, args, nil)
				}
				if e != nil {
					err = e
					goto fail
				}
				clear(slots[base:sp])
				sp = base
				slots[sp] = r
				sp++
			case compiler.CALL_FUNCTION_KW:
				kwt := slots[sp-1].(*Tuple)
				kwnames := make([]string, len(kwt.Items))
				for i, k := range kwt.Items {
					kwnames[i] = k.(*Str).S
				}
				base := sp - arg - 2
				callee := slots[base]
				if atomic.LoadInt32(brk) != 0 {
					if e := t.Interp.handleBreaker(); e != nil {
						err = e
						goto fail
					}
				}
				f.sp, f.pc = sp, pc
				r, e := t.Call(callee, slots[base+1:sp-1], kwnames)
				if e != nil {
					err = e
					goto fail
				}
				clear(slots[base:sp])
				sp = base
				slots[sp] = r
				sp++
			case compiler.CALL_FUNCTION_EX:
				var kw *Dict
				if arg&1 != 0 {
					sp--
					d, ok := slots[sp].(*Dict)
					if !ok {
						nd := NewDict()
						if e := dictUpdate(t, nd, slots[sp], slots[sp-2]); e != nil {
							err = e
							goto fail
						}
						d = nd
					}
					kw = d
					slots[sp] = nil
				}
				callee := slots[sp-2]
				argsObj := slots[sp-1]
				tu, ok := argsObj.(*Tuple)
				if !ok {
					items, e := ToSlice(t, argsObj)
					if e != nil {
						if argsObj.Type().Iter == nil && argsObj.Type().GetItem == nil {
							e = Errorf(TypeError, "%s argument after * must be an iterable, not %s", calleeName(t, callee), TypeName(argsObj))
						}
						err = e
						goto fail
					}
					tu = NewTuple(items)
				}
				if atomic.LoadInt32(brk) != 0 {
					if e := t.Interp.handleBreaker(); e != nil {
						err = e
						goto fail
					}
				}
				f.sp, f.pc = sp, pc
				r, e := t.CallKw(callee, tu.Items, kw)
				if e != nil {
					err = e
					goto fail
				}
				sp -= 2
				slots[sp+1] = nil
				slots[sp] = r
				sp++
			case compiler.RETURN_VALUE:
				sp--
				retv = slots[sp]
				goto ret
			case opReturnFast:
				retv = slots[arg]
				if retv == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				pc++
				goto ret
			case opReturnConst:
				retv = f.Code.Consts[arg]
				pc++
				goto ret
			case compiler.LOAD_BUILD_CLASS:
				v, ok := f.Builtins.GetStr("__build_class__")
				if !ok {
					err = Errorf(NameError, "__build_class__ not found")
					goto fail
				}
				slots[sp] = v
				sp++

			case compiler.IMPORT_NAME:
				f.sp, f.pc = sp, pc
				m, e := t.importName(f, f.Code.C.Names[arg], slots[sp-1], slots[sp-2])
				if e != nil {
					err = e
					goto fail
				}
				sp--
				slots[sp] = nil
				slots[sp-1] = m
			case compiler.IMPORT_FROM:
				v, e := importFrom(t, slots[sp-1], f.Code.C.Names[arg])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp] = v
				sp++
			case compiler.IMPORT_STAR:
				sp--
				if e := importStar(t, f, slots[sp]); e != nil {
					err = e
					goto fail
				}
				slots[sp] = nil

			case compiler.SETUP_FINALLY:
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: arg, level: sp})
			case compiler.SETUP_ASYNC_WITH:
				// The recorded depth excludes the __aenter__ result on top
				// (CPython 3.10), so the handler starts with ( aexit exc ).
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: arg, level: sp - 1})
			case compiler.SETUP_WITH:
				mgr := slots[sp-1]
				f.sp, f.pc = sp, pc
				exit, res, e := enterContext(t, mgr)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = exit
				f.blocks = append(f.blocks, block{kind: blockFinally, handler: arg, level: sp})
				slots[sp] = res
				sp++
			case compiler.POP_BLOCK:
				f.blocks = f.blocks[:len(f.blocks)-1]
			case compiler.POP_EXCEPT:
				n := len(f.blocks) - 1
				b := f.blocks[n]
				if b.kind != blockExceptHandler {
					err = Errorf(SystemError, "popped block is not an except handler")
					goto fail
				}
				f.blocks = f.blocks[:n]
				t.excInfo = b.prevExc
			case compiler.RAISE_VARARGS:
				switch arg {
				case 0:
					if t.excInfo == nil {
						exc = Errorf(RuntimeError, "No active exception to reraise")
						tbNew = true
					} else {
						exc = t.excInfo
						tbNew = false
					}
					goto raise
				case 1:
					sp--
					e := makeRaise(t, slots[sp], nil, false)
					slots[sp] = nil
					err = e
				case 2:
					sp -= 2
					e := makeRaise(t, slots[sp], slots[sp+1], true)
					slots[sp], slots[sp+1] = nil, nil
					err = e
				}
				if ex, ok := err.(*Exception); ok {
					setContext(t, ex, true)
				}
				goto fail
			case compiler.RERAISE:
				sp--
				e, ok := slots[sp].(*Exception)
				slots[sp] = nil
				if !ok {
					err = Errorf(SystemError, "RERAISE of a non-exception")
					goto fail
				}
				exc = e
				tbNew = false
				goto raise
			case compiler.JUMP_IF_NOT_EXC_MATCH:
				sp -= 2
				e, _ := slots[sp].(*Exception)
				spec := slots[sp+1]
				slots[sp], slots[sp+1] = nil, nil
				if e == nil {
					pc = arg
					break
				}
				ok, er := excMatches(t, e, spec)
				if er != nil {
					err = er
					goto fail
				}
				if !ok {
					pc = arg
				}
			case compiler.WITH_EXCEPT_START:
				exit := slots[sp-2]
				e := slots[sp-1].(*Exception)
				var tb Object = None
				if e.Traceback != nil {
					tb = e.Traceback
				}
				f.sp, f.pc = sp, pc
				r, er := t.Call(exit, []Object{e.Class, e, tb}, nil)
				if er != nil {
					err = er
					goto fail
				}
				slots[sp] = r
				sp++
			case compiler.LOAD_ASSERTION_ERROR:
				slots[sp] = AssertionError
				sp++

			case compiler.YIELD_VALUE:
				sp--
				v := slots[sp]
				slots[sp] = nil
				if f.gen == nil && f.inline != inlLazy {
					err = Errorf(SystemError, "yield outside a generator frame")
					goto fail
				}
				f.sp, f.pc = sp, pc
				retv = v
				goto yieldv
			case opLoadFastYield:
				v := slots[arg]
				if v == nil {
					err = unboundLocal(f.Code, arg)
					goto fail
				}
				if f.gen == nil && f.inline != inlLazy {
					pc++
					err = Errorf(SystemError, "yield outside a generator frame")
					goto fail
				}
				f.sp, f.pc = sp, pc+1
				retv = v
				goto yieldv
			case compiler.YIELD_FROM:
				v := slots[sp-1]
				sub := slots[sp-2]
				if g, ok := sub.(*Generator); ok {
					if gf := g.enterInline(t, f, v, inlYieldFrom); gf != nil {
						// Resume the sub-generator in this loop, like a
						// call; the consumer keeps it on its stack.
						sp--
						slots[sp] = nil
						f.sp, f.pc = sp, pc
						f = gf
						code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, f.pc
						continue
					}
				}
				f.sp, f.pc = sp, pc
				r, done, e := delegateSend(t, sub, v)
				if e != nil {
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					err = e
					goto fail
				}
				if done {
					sp--
					slots[sp] = nil
					slots[sp-1] = r
					break
				}
				// Suspend; resuming pushes the sent value and re-executes
				// this instruction.
				sp--
				slots[sp] = nil
				f.sp, f.pc = sp, pc-1
				retv = r
				goto yieldv
			case compiler.GET_YIELD_FROM_ITER:
				v := slots[sp-1]
				if g, ok := v.(*Generator); ok {
					if g.kind == genCoroutine && (f.Code.C.Flags&(compiler.FlagCoroutine|compiler.FlagIterableCoro) == 0) {
						err = Errorf(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator")
						goto fail
					}
					break
				}
				it, e := GetIter(t, v)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = it
			case compiler.GET_AWAITABLE:
				it, e := getAwaitable(t, slots[sp-1], arg)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = it
			case compiler.GET_AITER:
				it, e := getAIter(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = it
			case compiler.GET_ANEXT:
				aw, e := getANext(t, slots[sp-1])
				if e != nil {
					err = e
					goto fail
				}
				slots[sp] = aw
				sp++
			case compiler.END_ASYNC_FOR:
				e, _ := slots[sp-1].(*Exception)
				if e != nil && isSubtype(e.Class, StopAsyncIteration) {
					sp -= 2
					slots[sp], slots[sp+1] = nil, nil
					n := len(f.blocks) - 1
					if n >= 0 && f.blocks[n].kind == blockExceptHandler {
						t.excInfo = f.blocks[n].prevExc
						f.blocks = f.blocks[:n]
					}
					break
				}
				sp--
				slots[sp] = nil
				exc = e
				tbNew = false
				goto raise
			case compiler.BEFORE_ASYNC_WITH:
				mgr := slots[sp-1]
				aexit, aenter, e := beforeAsyncWith(t, mgr)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = aexit
				slots[sp] = aenter
				sp++
			case compiler.ASYNC_GEN_WRAP:
				slots[sp-1] = &asyncGenWrapped{V: slots[sp-1]}

			case compiler.PRINT_EXPR:
				sp--
				v := slots[sp]
				slots[sp] = nil
				f.sp, f.pc = sp, pc
				if e := t.printExpr(v); e != nil {
					err = e
					goto fail
				}
			default:
				err = Errorf(SystemError, "unknown opcode %d", int(code[pc-1]&0xff))
				goto fail
			}
			continue

		ret:
			// Return retv from frame f (its operand stack is already popped).
			{
				v := retv
				t.depth--
				if g := f.gen; g != nil {
					f.sp, f.pc = sp, pc
					g.finish()
					kind := f.inline
					if kind == 0 {
						t.frame = f.back
						return v, nil
					}
					// A generator frame run inline: back to its consumer.
					consumer := f.back
					g.leaveDone(t, f)
					f = consumer
					t.frame = f
					code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, f.pc
					switch kind {
					case inlYieldFrom:
						slots[sp-1] = v
					case inlFor:
						// The loop is exhausted (the return value is dropped).
						sp--
						slots[sp] = nil
						pc = int(code[pc-1] >> 8)
					default: // inlSend
						err = stopIteration(v)
						goto fail
					}
					continue
				}
				if f.entry {
					t.frame = f.back
					t.releaseFrame(f)
					return v, nil
				}
				caller := f.back
				initSelf := f.initSelf
				if !f.escaped && len(t.framePool) < framePoolSize {
					// releaseFrame, inlined (f.gen is nil).
					f.initSelf = nil
					f.Locals = nil
					f.inline = 0
					t.framePool = append(t.framePool, f)
				}
				f = caller
				t.frame = f
				code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, f.pc
				if initSelf != nil {
					if v != None {
						err = Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(v))
						goto fail
					}
					v = initSelf
				}
				slots[sp] = v
				sp++
				continue
			}

		yieldv:
			// Generator frame f yields retv (its sp and pc are saved).
			for {
				t.depth--
				kind := f.inline
				if kind == inlLazy {
					t.materializeLazy(f)
					kind = inlYieldFrom
				}
				if kind == 0 {
					t.frame = f.back
					return retv, nil
				}
				// Run inline: back to the consumer.
				consumer := f.back
				f.gen.leaveSuspended(t, f)
				f = consumer
				t.frame = f
				code, slots, sp, pc = codeOf(f.Code), slotsOf(f), f.sp, f.pc
				if kind != inlYieldFrom {
					break
				}
				// The consumer's YIELD_FROM suspends too, re-executed when
				// it is resumed, and yields the same value.
				f.pc = pc - 1
			}
			switch nx := code[pc]; {
			case code[pc-1].Op() == opForIterStore, nx.Op() == compiler.STORE_FAST:
				// The value is stored at once (the loop variable of a
				// fused FOR_ITER, or `x = gen.send(v)`).
				slots[nx>>8] = retv
				pc++
			case nx.Op() == compiler.POP_TOP:
				pc++
			default:
				slots[sp] = retv
				sp++
			}
			continue

		storeAttr:
			// ao.<site asite> = sv; both are already popped.
			{
				st := &f.Code.sites[asite]
				if inst, ok := ao.(*Instance); ok && inst.Dict != nil {
					ep := typeEpoch.Load()
					if st.cls != inst.Class || st.epoch != ep {
						if inst.Class.SetAttr != nil || st.name == "__dict__" || st.name == "__class__" {
							goto storeAttrSlow
						}
						ce := lookupTypeEntry(inst.Class, st.name)
						if ce.v != nil {
							goto storeAttrSlow
						}
						if ce.key == nil {
							ce.key = NewStr(st.name)
						}
						st.cls, st.epoch, st.meth = inst.Class, ep, ce.key
					}
					d := inst.Dict
					if p := st.pos; uint(p) < uint(len(d.entries)) {
						if k, ok := d.entries[p].key.(*Str); ok && k == st.key {
							d.entries[p].value = sv
							continue
						}
					}
					p, slot := d.lookupStr(st.name, st.hash)
					if p >= 0 {
						d.entries[p].value = sv
					} else {
						p = len(d.entries)
						d.insertNew(st.meth, sv, st.hash, slot)
						if d.used > inst.Class.instHint {
							inst.Class.instHint = d.used
						}
					}
					if p < len(d.entries) {
						st.pos, st.key = p, d.entries[p].key.(*Str)
					}
					continue
				} else if si, ok := ao.(*SlotInstance); ok {
					// A slot (obj_slots.go): st.pos is its index.
					if st.cls != si.Class || st.epoch != typeEpoch.Load() {
						if !slotSite(st, si.Class, true) {
							goto storeAttrSlow
						}
					}
					if p := st.pos; uint(p) < uint(len(si.Slots)) {
						si.Slots[p] = sv
						continue
					}
				}
			storeAttrSlow:
				if e := SetAttr(t, ao, st.name, sv); e != nil {
					err = e
					goto fail
				}
				continue
			}

		loadMethod:
			// ( obj -- meth obj ) or ( obj -- NULL attr ) for ao, the object
			// on top of the stack, and the site asite.
			{
				st := &f.Code.sites[asite]
				obj := ao
				var typ *Type
				var d *Dict
				if inst, ok := obj.(*Instance); ok {
					typ, d = inst.Class, inst.Dict
				} else if si, ok := obj.(*SlotInstance); ok {
					typ, d = si.Class, si.dict(false)
				} else if g, ok := obj.(*Generator); ok {
					// No attribute dict (gen.send, gen.throw...).
					typ = g.Type()
				} else {
					typ = obj.Type()
					d = instanceDict(obj, false)
				}
				if st.cls == typ && st.epoch == typeEpoch.Load() {
					if d == nil || d.used == 0 {
						slots[sp-1] = st.meth
						slots[sp] = obj
						sp++
						continue
					}
					// Not shadowed by an instance attribute: usually the
					// first probe of the index finds an empty slot.
					if n := len(d.index); n > 0 && d.index[uint64(st.hash)&uint64(n-1)] == dictEmpty {
						slots[sp-1] = st.meth
						slots[sp] = obj
						sp++
						continue
					}
					if p, _ := d.lookupStr(st.name, st.hash); p < 0 {
						slots[sp-1] = st.meth
						slots[sp] = obj
						sp++
						continue
					}
				} else if typ.GetAttr == nil || getAttrDefersMethod(typ, st.name) {
					ep := typeEpoch.Load()
					ce := lookupTypeEntry(typ, st.name)
					if m := ce.v; m != nil {
						isMeth := false
						switch mf := m.(type) {
						case *Function:
							isMeth = true
						case *Builtin:
							isMeth = mf.Self == nil
						}
						if isMeth {
							st.cls, st.epoch, st.meth = typ, ep, m
							d := instanceDict(obj, false)
							if d == nil {
								slots[sp-1] = m
								slots[sp] = obj
								sp++
								continue
							}
							if _, shadow := dictGetStrHashed(d, st.name, ce.hash); !shadow {
								slots[sp-1] = m
								slots[sp] = obj
								sp++
								continue
							}
						}
					}
				}
				v, e := GetAttr(t, obj, st.name)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = nil
				slots[sp] = v
				sp++
				continue
			}

		loadAttr:
			// ao.<site asite> for the object on top of the stack.
			{
				st := &f.Code.sites[asite]
				if inst, ok := ao.(*Instance); ok && inst.Dict != nil {
					ep := typeEpoch.Load()
					if st.cls != inst.Class || st.epoch != ep {
						if inst.Class.GetAttr != nil || lookupTypeEntry(inst.Class, st.name).v != nil {
							goto loadAttrSlow
						}
						st.cls, st.epoch = inst.Class, ep
					}
					d := inst.Dict
					if p := st.pos; uint(p) < uint(len(d.entries)) {
						if k, ok := d.entries[p].key.(*Str); ok && k == st.key {
							sv = d.entries[p].value
							slots[sp-1] = sv
							goto attrLoaded
						}
					}
					if p, _ := d.lookupStr(st.name, st.hash); p >= 0 {
						st.pos, st.key = p, d.entries[p].key.(*Str)
						slots[sp-1] = d.entries[p].value
						continue
					}
				} else if si, ok := ao.(*SlotInstance); ok {
					// A slot (obj_slots.go): st.pos is its index.
					if st.cls != si.Class || st.epoch != typeEpoch.Load() {
						if !slotSite(st, si.Class, false) {
							goto loadAttrSlow
						}
					}
					if p := st.pos; uint(p) < uint(len(si.Slots)) {
						if sv = si.Slots[p]; sv != nil {
							slots[sp-1] = sv
							goto attrLoaded
						}
					}
				}
			loadAttrSlow:
				v, e := GetAttr(t, ao, st.name)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp-1] = v
				continue
			}

		attrLoaded:
			// sv is the attribute value loadAttr's fast paths just put on
			// top of the stack: a method lookup or an operator that
			// follows is done at once.
			switch nx := code[pc]; nx.Op() {
			case opLoadMethod:
				// self.a.m(...): the method lookup follows.
				ao, asite = sv, int(nx>>8)
				pc++
				goto loadMethod
			case compiler.BINARY_OP:
				// x + self.a: the operator follows.
				ba, bb, bop = slots[sp-2], sv, int(nx>>8)
				sp -= 2
				pc++
				goto binop
			}
			continue

		cmpJump:
			// Compare ba bop bb (already popped) for the POP_JUMP_IF_FALSE
			// or POP_JUMP_IF_TRUE at code[pc], and jump.
			{
				var truth bool
				if x, ok := ba.(Int); ok {
					if y, ok := bb.(Int); ok {
						switch CompareOp(bop) {
						case OpEq:
							truth = x == y
						case OpNe:
							truth = x != y
						case OpLt:
							truth = x < y
						case OpLe:
							truth = x <= y
						case OpGt:
							truth = x > y
						case OpGe:
							truth = x >= y
						}
						goto cmpJumpDo
					}
				}
				{
					v, e := RichCompare(t, ba, bb, CompareOp(bop))
					if e != nil {
						err = e
						goto fail
					}
					if bv, ok := v.(Bool); ok {
						truth = bool(bv)
					} else {
						pc++
						if truth, e = Truthy(t, v); e != nil {
							err = e
							goto fail
						}
						pc--
					}
				}
			cmpJumpDo:
				if j := code[pc]; truth == (j.Op() == compiler.POP_JUMP_IF_TRUE) {
					if int(j>>8) < pc && atomic.LoadInt32(brk) != 0 {
						pc = int(j >> 8)
						goto backJump
					}
					pc = int(j >> 8)
				} else {
					pc++
				}
				continue
			}

		backJump:
			// A conditional jump went back (pc is its target) while the
			// eval breaker is set; unconditional JUMP checks it inline.
			if e := t.Interp.handleBreaker(); e != nil {
				err = e
				goto fail
			}
			continue

		binop:
			// ba bop bb: the operands are already popped; push the result.
			if x, ok := ba.(Int); ok {
				if y, ok := bb.(Int); ok {
					var r Int
					switch bop {
					case int(parser.Add), compiler.InplaceBase + int(parser.Add):
						r = x + y
						if (r > x) != (y > 0) {
							goto binopSlow
						}
					case int(parser.Sub), compiler.InplaceBase + int(parser.Sub):
						r = x - y
						if (r < x) != (y > 0) {
							goto binopSlow
						}
					case int(parser.Mult), compiler.InplaceBase + int(parser.Mult):
						if x <= -(1<<31) || x >= 1<<31 || y <= -(1<<31) || y >= 1<<31 {
							goto binopSlow
						}
						r = x * y
					case int(parser.Mod), compiler.InplaceBase + int(parser.Mod):
						if y <= 0 {
							goto binopSlow
						}
						// modPositive, inlined by hand (run is too big for
						// the compiler to inline it).
						if uint64(x)|uint64(y) < 1<<32 {
							r = Int(uint32(x) % uint32(y))
						} else if r = x % y; r < 0 {
							r += y
						}
					case int(parser.FloorDiv), compiler.InplaceBase + int(parser.FloorDiv):
						if y <= 0 {
							goto binopSlow
						}
						if uint64(x)|uint64(y) < 1<<32 {
							r = Int(uint32(x) / uint32(y))
						} else {
							r = Int(floorDivPositive(int64(x), int64(y)))
						}
					case int(parser.BitAnd), compiler.InplaceBase + int(parser.BitAnd):
						r = x & y
					case int(parser.BitOr), compiler.InplaceBase + int(parser.BitOr):
						r = x | y
					case int(parser.BitXor), compiler.InplaceBase + int(parser.BitXor):
						r = x ^ y
					case int(parser.RShift), compiler.InplaceBase + int(parser.RShift):
						if y < 0 || y >= 64 {
							goto binopSlow
						}
						r = x >> uint(y)
					case int(parser.LShift), compiler.InplaceBase + int(parser.LShift):
						if y < 0 || y >= 63 || (x<<uint(y))>>uint(y) != x {
							goto binopSlow
						}
						r = x << uint(y)
					default:
						goto binopSlow
					}
					// A following conditional jump tests r directly; a
					// following STORE_FAST stores it directly.
					nx := code[pc]
					if nxo := nx.Op(); nxo <= compiler.POP_JUMP_IF_TRUE && nxo >= compiler.POP_JUMP_IF_FALSE {
						if (r != 0) == (nxo == compiler.POP_JUMP_IF_TRUE) {
							if int(nx>>8) < pc && atomic.LoadInt32(brk) != 0 {
								pc = int(nx >> 8)
								goto backJump
							}
							pc = int(nx >> 8)
						} else {
							pc++
						}
						continue
					}
					// t.boxInt, inlined, with boxIntSlow's common case.
					var rv Object
					if uint64(r-smallIntMin) < uint64(len(smallInts)) {
						rv = smallInts[r-smallIntMin]
					} else if i := t.intSlabN; i < intSlabSize && t.intSlab != nil {
						p := &t.intSlab[i]
						t.intSlabN = i + 1
						*p = r
						w := (*ifaceWords)(unsafe.Pointer(&rv))
						w.tab = intItab
						w.data = unsafe.Pointer(p)
					} else {
						rv = t.boxIntSlow(int64(r))
					}
					switch nx.Op() {
					case compiler.STORE_FAST:
						slots[nx>>8] = rv
						pc++
						// `x = a op b` is often a loop body's last
						// statement: take its JUMP too (a backward one
						// only when the eval breaker is clear).
						if j := code[pc]; j.Op() == compiler.JUMP && (int(j>>8) > pc || atomic.LoadInt32(brk) == 0) {
							pc = int(j >> 8)
						}
						continue
					case compiler.RETURN_VALUE:
						retv = rv
						pc++
						goto ret
					}
					slots[sp] = rv
					sp++
					continue
				}
			} else if x, ok := ba.(Float); ok {
				if y, ok := bb.(Float); ok {
					if r, ok := floatFast(x, y, bop); ok {
						slots[sp] = r
						sp++
						continue
					}
				}
			}
		binopSlow:
			if bop == int(parser.Add) || bop == compiler.InplaceBase+int(parser.Add) {
				if x, ok := ba.(*Str); ok && x.Type() == StrType {
					if y, ok := bb.(*Str); ok && y.Type() == StrType {
						slots[sp] = t.concatStr(x, y)
						sp++
						continue
					}
				}
			}
			{
				op := bop
				inplace := false
				if op >= compiler.InplaceBase {
					op -= compiler.InplaceBase
					inplace = true
				}
				v, e := BinaryOp(t, ba, bb, op, inplace)
				if e != nil {
					err = e
					goto fail
				}
				slots[sp] = v
				sp++
			}
			continue

		fail:
			// A new error raised by the instruction at pc-1.
			exc = toException(err)
			err = nil
			tbNew = true
			setContext(t, exc, false)
		raise:
			break
		}
	}
}

// concatStr returns x + y. Repeated `s += piece` appends in place: the
// thread remembers the last concatenation result and the spare capacity of
// its buffer, and when x is that result the bytes are appended after it.
// This is safe because no other string can see bytes past len(x).
func (t *Thread) concatStr(x, y *Str) *Str {
	if len(y.S) == 0 {
		return x
	}
	if len(x.S) == 0 {
		return y
	}
	n := len(x.S) + len(y.S)
	if n < 64 {
		return NewStr(x.S + y.S)
	}
	if x == t.lastConcat && cap(t.concatBuf)-len(t.concatBuf) >= len(y.S) {
		t.concatBuf = append(t.concatBuf, y.S...)
	} else {
		buf := make([]byte, 0, n*2)
		buf = append(buf, x.S...)
		t.concatBuf = append(buf, y.S...)
	}
	r := NewStr(unsafe.String(unsafe.SliceData(t.concatBuf), len(t.concatBuf)))
	t.lastConcat = r
	return r
}

// loadGlobal looks name up in globals then builtins and fills the cache.
func loadGlobal(g, b *Dict, name string, ce *globalCacheEntry) (Object, error) {
	h := hashString(name)
	if g.used > 0 {
		if pos, _ := g.lookupStr(name, h); pos >= 0 {
			*ce = globalCacheEntry{globals: g, builtins: b, gver: g.version, bver: b.version, pos: pos, valid: true}
			return g.entries[pos].value, nil
		}
	}
	if b.used > 0 {
		if pos, _ := b.lookupStr(name, h); pos >= 0 {
			*ce = globalCacheEntry{globals: g, builtins: b, gver: g.version, bver: b.version, pos: pos, inBuiltins: true, valid: true}
			return b.entries[pos].value, nil
		}
	}
	return nil, nameError(name)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// findHandler pops f's blocks looking for a handler of exc. When one is
// found it sets up the handler (stack truncated, EXCEPT_HANDLER block
// pushed, exc pushed, f.pc at the handler) and returns true. *sp is the
// current stack pointer; it is updated.
func (t *Thread) findHandler(f *Frame, exc *Exception, sp *int) bool {
	for len(f.blocks) > 0 {
		n := len(f.blocks) - 1
		b := f.blocks[n]
		f.blocks = f.blocks[:n]
		if b.kind == blockExceptHandler {
			clear(f.slots[b.level:*sp])
			*sp = b.level
			t.excInfo = b.prevExc
			continue
		}
		clear(f.slots[b.level:*sp])
		*sp = b.level
		f.blocks = append(f.blocks, block{kind: blockExceptHandler, level: b.level, prevExc: t.excInfo})
		t.excInfo = exc
		f.slots[*sp] = exc
		*sp++
		f.pc = b.handler
		f.sp = *sp
		return true
	}
	return false
}

// unboundLocal is the UnboundLocalError of reading local variable i of c
// before it is assigned.
func unboundLocal(c *Code, i int) error {
	return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", c.C.VarNames[i])
}

// lineAt returns the source line of instruction i of c.
func lineAt(c *Code, i int) int {
	if i >= 0 && i < len(c.C.Locs) {
		return c.C.Locs[i].Pos.Line
	}
	return c.C.FirstLine
}

// setContext sets exc.__context__ to the exception being handled, as
// CPython does when an exception is raised during handling. With force
// the context is replaced even when set (a raise statement).
func setContext(t *Thread, exc *Exception, force bool) {
	cur := t.excInfo
	if cur == nil || cur == exc {
		return
	}
	if exc.Context != nil && !force {
		return
	}
	// Avoid cycles: cut exc out of cur's context chain.
	o := cur
	for o != nil {
		next, _ := o.Context.(*Exception)
		if next == exc {
			o.Context = nil
			break
		}
		o = next
	}
	exc.Context = cur
}

// makeRaise builds the exception raised by `raise v` / `raise v from cause`.
func makeRaise(t *Thread, v, cause Object, haveCause bool) error {
	var exc *Exception
	switch x := v.(type) {
	case *Exception:
		exc = x
	case *Type:
		if !isSubtype(x, BaseException) {
			return Errorf(TypeError, "exceptions must derive from BaseException")
		}
		o, err := t.Call(x, nil, nil)
		if err != nil {
			return err
		}
		e, ok := o.(*Exception)
		if !ok {
			return Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", reprType(x), TypeName(o))
		}
		exc = e
	default:
		return Errorf(TypeError, "exceptions must derive from BaseException")
	}
	if haveCause {
		switch c := cause.(type) {
		case *NoneType:
			exc.Cause = nil
		case *Exception:
			exc.Cause = c
		case *Type:
			if !isSubtype(c, BaseException) {
				return Errorf(TypeError, "exception causes must derive from BaseException")
			}
			o, err := t.Call(c, nil, nil)
			if err != nil {
				return err
			}
			exc.Cause = o
		default:
			return Errorf(TypeError, "exception causes must derive from BaseException")
		}
		exc.SuppressContext = true
	}
	return exc
}

func reprType(c *Type) string {
	if c.Module == "builtins" {
		return "<class '" + c.QualName() + "'>"
	}
	return "<class '" + c.Module + "." + c.QualName() + "'>"
}

func nameError(name string) *Exception {
	e := Errorf(NameError, "name '%s' is not defined", name)
	e.Dict = NewDict()
	e.Dict.SetStr("name", NewStr(name))
	return e
}

func cellName(c *Code, i int) string {
	if i < c.ncells {
		return c.C.CellVars[i]
	}
	return c.C.FreeVars[i-c.ncells]
}

func derefError(c *Code, i int) *Exception {
	if i < c.ncells {
		return Errorf(UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", c.C.CellVars[i])
	}
	return Errorf(NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", c.C.FreeVars[i-c.ncells])
}

// calleeName is how call-site errors name the callee: module.qualname()
// for functions, the builtin name otherwise.
func calleeName(t *Thread, fn Object) string {
	switch f := fn.(type) {
	case *Function:
		if m, ok := f.Module.(*Str); ok && m.S != "builtins" {
			return m.S + "." + f.QualName + "()"
		}
		return f.QualName + "()"
	case *Builtin:
		return f.Name + "()"
	case *Method:
		return calleeName(t, f.Func)
	case *Type:
		return f.QualName() + "()"
	}
	return TypeName(fn) + " object"
}

func starError(t *Thread, slots []Object, calleeIdx int, src Object) error {
	return Errorf(TypeError, "Value after * must be an iterable, not %s", TypeName(src))
}

// dictUpdate merges mapping m into d (DICT_UPDATE, DICT_MERGE with callee
// non-nil, where duplicate keys are errors).
func dictUpdate(t *Thread, d *Dict, m Object, callee Object) error {
	if src, ok := m.(*Dict); ok {
		var err error
		src.Items(func(k, v Object) bool {
			if callee != nil {
				if _, dup, e := d.Get(t, k); e != nil {
					err = e
					return false
				} else if dup {
					ks, _ := k.(*Str)
					name := ""
					if ks != nil {
						name = ks.S
					}
					err = Errorf(TypeError, "%s got multiple values for keyword argument '%s'", calleeName(t, callee), name)
					return false
				}
				if _, isStr := k.(*Str); !isStr {
					err = Errorf(TypeError, "keywords must be strings")
					return false
				}
			}
			if e := d.Set(t, k, v); e != nil {
				err = e
				return false
			}
			return true
		})
		return err
	}
	keysFn, err := GetAttrOpt(t, m, "keys")
	if err != nil {
		return err
	}
	if keysFn == nil {
		if callee != nil {
			return Errorf(TypeError, "%s argument after ** must be a mapping, not %s", calleeName(t, callee), TypeName(m))
		}
		return Errorf(TypeError, "'%s' object is not a mapping", TypeName(m))
	}
	keys, err := t.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	return Iterate(t, keys, func(k Object) (bool, error) {
		v, err := GetItem(t, m, k)
		if err != nil {
			return false, err
		}
		if callee != nil {
			if _, dup, e := d.Get(t, k); e != nil {
				return false, e
			} else if dup {
				s, _ := StrOf(t, k)
				return false, Errorf(TypeError, "%s got multiple values for keyword argument '%s'", calleeName(t, callee), s)
			}
		}
		return true, d.Set(t, k, v)
	})
}

// unpackIterable returns the items of seq for unpacking into n targets
// (after < 0), or into before targets, a starred list and after targets.
func unpackIterable(t *Thread, seq Object, n, after int) ([]Object, error) {
	typ := seq.Type()
	if typ.Iter == nil && typ.GetItem == nil {
		return nil, Errorf(TypeError, "cannot unpack non-iterable %s object", TypeName(seq))
	}
	var items []Object
	var err error
	if after < 0 {
		it, e := GetIter(t, seq)
		if e != nil {
			return nil, e
		}
		for len(items) <= n {
			v, e := Next(t, it)
			if e != nil {
				return nil, e
			}
			if v == nil {
				break
			}
			items = append(items, v)
		}
		if len(items) < n {
			return nil, Errorf(ValueError, "not enough values to unpack (expected %d, got %d)", n, len(items))
		}
		if len(items) > n {
			return nil, Errorf(ValueError, "too many values to unpack (expected %d)", n)
		}
		return items, nil
	}
	items, err = ToSlice(t, seq)
	if err != nil {
		return nil, err
	}
	if len(items) < n+after {
		return nil, Errorf(ValueError, "not enough values to unpack (expected at least %d, got %d)", n+after, len(items))
	}
	return items, nil
}

// enterContext implements SETUP_WITH's lookups: it returns the bound
// __exit__ and the result of __enter__().
func enterContext(t *Thread, mgr Object) (exit, res Object, err error) {
	typ := mgr.Type()
	enter := lookupType(typ, "__enter__")
	ex := lookupType(typ, "__exit__")
	if enter == nil {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the context manager protocol", TypeName(mgr))
	}
	if ex == nil {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the context manager protocol (missed __exit__ method)", TypeName(mgr))
	}
	exit, err = bindDescr(t, ex, mgr, typ)
	if err != nil {
		return nil, nil, err
	}
	en, err := bindDescr(t, enter, mgr, typ)
	if err != nil {
		return nil, nil, err
	}
	res, err = t.Call(en, nil, nil)
	return exit, res, err
}

// intFast computes small-int arithmetic; ok is false when the result
// needs the general path (overflow, division, big results).
func intFast(x, y Int, op int) (Object, bool) {
	switch op {
	case int(parser.Add), compiler.InplaceBase + int(parser.Add):
		r := x + y
		if (r > x) == (y > 0) {
			return MakeInt(int64(r)), true
		}
	case int(parser.Sub), compiler.InplaceBase + int(parser.Sub):
		r := x - y
		if (r < x) == (y > 0) {
			return MakeInt(int64(r)), true
		}
	case int(parser.Mult), compiler.InplaceBase + int(parser.Mult):
		if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
			return MakeInt(int64(x * y)), true
		}
	case int(parser.FloorDiv), compiler.InplaceBase + int(parser.FloorDiv):
		if y > 0 {
			return MakeInt(floorDivPositive(int64(x), int64(y))), true
		}
	case int(parser.Mod), compiler.InplaceBase + int(parser.Mod):
		if y > 0 {
			return MakeInt(modPositive(int64(x), int64(y))), true
		}
	case int(parser.BitAnd), compiler.InplaceBase + int(parser.BitAnd):
		return MakeInt(int64(x & y)), true
	case int(parser.BitOr), compiler.InplaceBase + int(parser.BitOr):
		return MakeInt(int64(x | y)), true
	case int(parser.BitXor), compiler.InplaceBase + int(parser.BitXor):
		return MakeInt(int64(x ^ y)), true
	case int(parser.RShift), compiler.InplaceBase + int(parser.RShift):
		if y >= 0 && y < 64 {
			return MakeInt(int64(x >> uint(y))), true
		}
	}
	return nil, false
}

func floatFast(x, y Float, op int) (Object, bool) {
	switch op {
	case int(parser.Add), compiler.InplaceBase + int(parser.Add):
		return x + y, true
	case int(parser.Sub), compiler.InplaceBase + int(parser.Sub):
		return x - y, true
	case int(parser.Mult), compiler.InplaceBase + int(parser.Mult):
		return x * y, true
	case int(parser.Div), compiler.InplaceBase + int(parser.Div):
		if y != 0 {
			return x / y, true
		}
	}
	return nil, false
}
