package compiler

// This file defines Code, the compiled form of one function body, class
// body, comprehension or module, and its constant types.

import (
	"math/big"

	"pyco/parser"
)

// Code is an immutable compiled code object (CPython's code object). The VM
// converts its constants to run-time values once, when it loads the Code.
//
// Frame layout: a frame has len(VarNames) fast-local slots (parameters
// first, in order: positional-only, positional, keyword-only, *args,
// **kwargs), then len(CellVars)+len(FreeVars) cell slots (cells created by
// this code first, then free variables received through the closure), then
// an operand stack of StackSize slots and a block stack of BlockDepth
// entries.
type Code struct {
	Name      string // function or class name, "<module>", "<lambda>", "<listcomp>", "<genexpr>"...
	QualName  string // dotted qualified name, e.g. "C.method.<locals>.inner"
	Filename  string
	FirstLine int
	Flags     CodeFlags

	ArgCount        int // positional parameters, including positional-only
	PosOnlyArgCount int
	KwOnlyArgCount  int

	Code   []Instr
	Locs   []parser.Span // Locs[i] is the source range of Code[i]
	Consts []any         // see Const types below
	Names  []string      // global, attribute and import names (LOAD_NAME, LOAD_GLOBAL, LOAD_ATTR...)

	VarNames []string // fast locals, parameters first
	CellVars []string // variables of this code captured by inner functions
	FreeVars []string // variables captured from enclosing functions
	// Cell2Arg[i] is the index in VarNames of the parameter whose value
	// initialises CellVars[i] at frame entry, or -1. Nil when no parameter
	// is a cell.
	Cell2Arg []int

	StackSize  int // maximum operand-stack depth
	BlockDepth int // maximum block-stack depth (SETUP_* nesting, EXCEPT_HANDLER included)
}

// CodeFlags describe how a Code must be run; values match CPython's CO_* flags.
type CodeFlags uint32

// Code flags.
const (
	FlagOptimized      CodeFlags = 0x0001 // locals are fast slots (functions); else a locals dict (module, class body)
	FlagNewLocals      CodeFlags = 0x0002 // a new locals namespace is made for each call
	FlagVarargs        CodeFlags = 0x0004 // has *args (the slot after the keyword-only parameters)
	FlagVarkw          CodeFlags = 0x0008 // has **kwargs (the slot after *args, if any)
	FlagNested         CodeFlags = 0x0010 // defined inside another function
	FlagGenerator      CodeFlags = 0x0020 // calling returns a generator
	FlagCoroutine      CodeFlags = 0x0080 // calling returns a coroutine (async def)
	FlagIterableCoro   CodeFlags = 0x0100 // a generator usable with await (@types.coroutine / @asyncio.coroutine)
	FlagAsyncGenerator CodeFlags = 0x0200 // calling returns an async generator
)

// Constant values in Code.Consts are plain Go values of these types:
//
//	nil          None
//	bool         True / False
//	int64        an int that fits in 64 bits
//	*big.Int     any other int
//	float64      a float
//	string       a str (UTF-8)
//	Bytes        a bytes object
//	Ellipsis     the Ellipsis singleton
//	ConstTuple   a tuple of constants (e.g. keyword names for CALL_FUNCTION_KW)
//	*Code        a nested code object (for MAKE_FUNCTION)
var _ = big.NewInt

// Bytes is a bytes constant.
type Bytes []byte

// Ellipsis is the type of the `...` constant.
type Ellipsis struct{}

// ConstTuple is a tuple constant; its items are constants.
type ConstTuple []any
