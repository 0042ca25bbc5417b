package vm

// This file defines Frame, the execution state of one call of pyco code, and
// Code, the run-time form of a compiled code object.

import (
	"math/big"

	"pyco/compiler"
)

// Code is a pyco code object: a *compiler.Code whose constants have been
// converted to run-time values, plus the frame geometry the loop needs.
type Code struct {
	C      *compiler.Code
	Consts []Object

	nlocals int // len(VarNames)
	ncells  int // len(CellVars)
	nfree   int // len(FreeVars)
	nbase   int // first operand-stack slot: nlocals+ncells+nfree
	nslots  int // nbase + StackSize
	// simple reports that a call with exactly ArgCount positional
	// arguments binds them by copying: no *args, **kwargs, keyword-only
	// parameters, cells initialised from parameters, and not a generator.
	simple bool
	// simpleArgc is ArgCount when simple, else -1.
	simpleArgc int
	// genArgc is ArgCount for a generator, coroutine or async generator
	// code whose calls would otherwise be simple, else -1: the loop
	// creates the generator without the general call path.
	genArgc int
	// isGen reports a generator, coroutine or async generator code.
	isGen bool
	// lazyKind says whether a call of this code whose result is at once
	// awaited (lazyAwait: a coroutine) or delegated to by yield from
	// (lazyYieldFrom: a generator) may run as a lazy frame, with no
	// generator object unless it suspends (generator.go, inlLazy); 0
	// otherwise.
	lazyKind uint8
	// globalCache caches LOAD_GLOBAL lookups, one entry per Names index.
	globalCache []globalCacheEntry
	// code is the instruction stream the loop runs: C.Code with
	// superinstructions and cached attribute instructions (quicken.go).
	code []compiler.Instr
	// sites are the inline caches of the attribute instructions of code.
	sites []attrSite
	// nameHash holds the str hashes of C.Names.
	nameHash []int64
}

// A globalCacheEntry remembers where LOAD_GLOBAL found a name: the
// position of its entry in globals (inBuiltins false) or builtins. It is
// valid while both dicts keep the recorded versions (no insertion or
// deletion); the value itself is read from the entry each time.
type globalCacheEntry struct {
	globals    *Dict
	builtins   *Dict
	gver, bver uint64
	pos        int
	inBuiltins bool
	valid      bool
}

// Type returns code.
func (c *Code) Type() *Type { return CodeType }

// Name returns the code's name.
func (c *Code) Name() string { return c.C.Name }

// NewCode converts a compiled code object (and its nested code constants)
// to a run-time *Code.
func NewCode(cc *compiler.Code) *Code {
	if err := verifyCode(cc); err != nil {
		return badCode(cc, err)
	}
	c := &Code{C: cc}
	c.nlocals = len(cc.VarNames)
	c.ncells = len(cc.CellVars)
	c.nfree = len(cc.FreeVars)
	c.nbase = c.nlocals + c.ncells + c.nfree
	c.nslots = c.nbase + cc.StackSize + 1
	c.isGen = cc.Flags&(compiler.FlagGenerator|compiler.FlagCoroutine|compiler.FlagAsyncGenerator) != 0
	c.simple = !c.isGen && cc.KwOnlyArgCount == 0 &&
		cc.Flags&(compiler.FlagVarargs|compiler.FlagVarkw) == 0 && cc.Cell2Arg == nil
	c.simpleArgc = -1
	if c.simple {
		c.simpleArgc = cc.ArgCount
	}
	c.genArgc = -1
	if c.isGen && cc.KwOnlyArgCount == 0 &&
		cc.Flags&(compiler.FlagVarargs|compiler.FlagVarkw) == 0 && cc.Cell2Arg == nil {
		c.genArgc = cc.ArgCount
		switch {
		case cc.Flags&compiler.FlagAsyncGenerator != 0:
		case cc.Flags&compiler.FlagCoroutine != 0:
			c.lazyKind = lazyAwait
		case cc.Flags&compiler.FlagGenerator != 0:
			c.lazyKind = lazyYieldFrom
		}
	}
	c.Consts = make([]Object, len(cc.Consts))
	for i, k := range cc.Consts {
		c.Consts[i] = constValue(k)
	}
	c.globalCache = make([]globalCacheEntry, len(cc.Names))
	c.code, c.sites = quicken(cc)
	c.nameHash = make([]int64, len(cc.Names))
	for i, n := range cc.Names {
		c.nameHash[i] = hashString(n)
	}
	return c
}

// constValue converts one compiler constant to a pyco value.
func constValue(k any) Object {
	switch k := k.(type) {
	case nil:
		return None
	case bool:
		return Bool(k)
	case int64:
		return MakeInt(k)
	case int:
		return MakeInt(int64(k))
	case *big.Int:
		if k.IsInt64() {
			return MakeInt(k.Int64())
		}
		b := &BigInt{}
		b.V.Set(k)
		return b
	case float64:
		return Float(k)
	case string:
		return NewStr(k)
	case compiler.Bytes:
		return bytesConst([]byte(k))
	case compiler.Ellipsis:
		return Ellipsis
	case compiler.ConstTuple:
		items := make([]Object, len(k))
		for i, x := range k {
			items[i] = constValue(x)
		}
		return NewTuple(items)
	case *compiler.Code:
		return NewCode(k)
	}
	panic("vm: unknown constant type")
}

// block kinds.
const (
	blockFinally       = iota // SETUP_FINALLY / SETUP_WITH / SETUP_ASYNC_WITH
	blockExceptHandler        // pushed when a handler starts
)

// A block is one entry of a frame's block stack.
type block struct {
	kind    int
	handler int        // handler pc (blockFinally)
	level   int        // operand-stack depth (absolute slot index) to restore
	prevExc *Exception // blockExceptHandler: the exception handled before
}

// A Frame is the execution state of one call of a pyco function, module
// body, class body or exec'd code. Frames live on the heap: a generator
// owns its frame between resumptions.
type Frame struct {
	Code     *Code
	Func     *Function // the function being run; or nil
	Globals  *Dict
	Builtins *Dict
	Locals   *Dict // the locals dict of module and class bodies; or nil

	slots  []Object // fast locals, cells and free vars, then the operand stack
	sp     int      // next free operand-stack slot (absolute index in slots)
	pc     int      // next instruction
	blocks []block

	back  *Frame // caller; or nil for an entry frame with no caller
	entry bool   // returning from this frame leaves the dispatch loop
	gen   *Generator
	// escaped is set when something keeps a reference to the frame
	// (traceback, sys._getframe): it is then never reused.
	escaped bool
	// inline is set while the frame is a generator's resumed inside the
	// dispatch loop of its consumer, the back frame (generator.go,
	// enterInline): how the consumer receives what the frame yields or
	// returns (inlFor, inlYieldFrom, inlSend); 0 otherwise.
	inline uint8
	// initSelf is the instance whose __init__ the frame runs inline (its
	// return value must be None and the caller receives initSelf); or nil.
	initSelf *Instance
}

// Type returns frame.
func (f *Frame) Type() *Type { return FrameType }

// Back returns the calling frame; or nil.
func (f *Frame) Back() *Frame { return f.back }

// Line returns the current source line.
// The instruction is the one before the saved pc (the call or the
// yield being executed); a generator suspended in a YIELD_FROM re-executes
// it, so its pc points at it; a generator not started yet (pc 0) is on its
// def line, as in CPython.
func (f *Frame) Line() int {
	i := f.pc - 1
	if f.Code.isGen && f.pc < len(f.Code.C.Code) && f.Code.C.Code[f.pc].Op() == compiler.YIELD_FROM {
		i = f.pc
	}
	if i >= 0 && i < len(f.Code.C.Locs) {
		return f.Code.C.Locs[i].Pos.Line
	}
	return f.Code.C.FirstLine
}

// LocalsDict returns the frame's local variables as a dict (locals()).
func (f *Frame) LocalsDict() *Dict {
	if f.Locals != nil {
		return f.Locals
	}
	d := NewDict()
	c := f.Code
	for i, name := range c.C.VarNames {
		if v := f.slots[i]; v != nil {
			d.SetStr(name, v)
		}
	}
	for i, name := range c.C.CellVars {
		if cell, ok := f.slots[c.nlocals+i].(*Cell); ok && cell.V != nil {
			d.SetStr(name, cell.V)
		}
	}
	for i, name := range c.C.FreeVars {
		if cell, ok := f.slots[c.nlocals+c.ncells+i].(*Cell); ok && cell.V != nil {
			d.SetStr(name, cell.V)
		}
	}
	return d
}

// newFrame returns a frame for code, reusing a pooled one when possible.
// The caller fills Func/Locals and the arguments.
func (t *Thread) newFrame(c *Code, globals, builtins *Dict) *Frame {
	var f *Frame
	// Generator frames come from the pool too: Generator.run releases
	// the frames of finished generators that did not escape.
	if n := len(t.framePool); n > 0 {
		f = t.framePool[n-1]
		// Drop the pool's pointer: the frame of a generator must not stay
		// reachable from the pool's spare capacity (genfinal.go, unawaited.go).
		t.framePool[n-1] = nil
		t.framePool = t.framePool[:n-1]
		if cap(f.slots) >= c.nslots {
			f.slots = f.slots[:c.nslots]
		} else {
			f.slots = make([]Object, c.nslots)
		}
		f.blocks = f.blocks[:0]
		clear(f.slots[:c.nbase])
	} else {
		f = &Frame{slots: make([]Object, c.nslots)}
		if bd := c.C.BlockDepth; bd > 0 {
			f.blocks = make([]block, 0, bd)
		}
	}
	f.Code = c
	f.Func = nil
	f.Globals = globals
	f.Builtins = builtins
	f.sp = c.nbase
	f.pc = 0
	return f
}

// framePoolSize bounds the number of free frames a thread keeps.
const framePoolSize = 64

// releaseFrame returns a finished frame to the pool unless it escaped.
func (t *Thread) releaseFrame(f *Frame) {
	if f.escaped || f.gen != nil || len(t.framePool) >= framePoolSize {
		return
	}
	// Func, back, Globals and Builtins are overwritten on reuse.
	f.initSelf = nil
	f.Locals = nil
	f.entry = false
	f.inline = 0
	t.framePool = append(t.framePool, f)
}

// bytesConst converts a bytes constant.
func bytesConst(b []byte) Object { return NewBytes(b) }
