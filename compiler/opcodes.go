package compiler

// This file defines pyco's instruction set: the contract between the
// compiler and the VM's dispatch loop.
//
// An instruction is a 32-bit word: the low 8 bits are the Opcode and the
// high 24 bits its argument (0 when unused). Jump arguments are absolute
// instruction indices into Code.Code. There is no EXTENDED_ARG: an argument
// that does not fit in 24 bits is a compile error.
//
// Names and stack effects follow CPython 3.10's `dis` documentation unless a
// line says otherwise; the main differences are (1) a caught exception is ONE
// stack value (the exception object), not CPython 3.10's three, and
// (2) BINARY_OP/COMPARE_OP carry the operator in their argument as in 3.11.
// Stack pictures read `( before -- after )`, top of stack on the right.
// NULL is a Go nil in a stack slot; pyco values are never nil.

// Opcode is the operation of one instruction (its low 8 bits).
type Opcode uint8

// Instr is one encoded instruction: Opcode in bits 0-7, argument in 8-31.
type Instr uint32

// MaxArg is the largest argument an instruction can carry.
const MaxArg = 1<<24 - 1

// MakeInstr encodes op with argument arg (0 <= arg <= MaxArg).
func MakeInstr(op Opcode, arg int) Instr { return Instr(uint32(op) | uint32(arg)<<8) }

// Op returns the instruction's opcode.
func (i Instr) Op() Opcode { return Opcode(i & 0xff) }

// Arg returns the instruction's argument.
func (i Instr) Arg() int { return int(i >> 8) }

// The opcodes. Keep the families together; when adding one, add its name to
// opcodeNames and its stack effect to the compiler's stack-depth table.
const (
	NOP Opcode = iota // ( -- )

	// Stack manipulation.
	POP_TOP     // ( a -- )
	ROT_TWO     // ( a b -- b a )
	ROT_THREE   // ( a b c -- c a b )
	ROT_FOUR    // ( a b c d -- d a b c )
	DUP_TOP     // ( a -- a a )
	DUP_TOP_TWO // ( a b -- a b a b )

	// Constants and variables. Arg indexes Consts, Names, VarNames, or the
	// cell+free array (cells first, then free variables).
	LOAD_CONST      // ( -- Consts[arg] )
	LOAD_FAST       // ( -- local[arg] ) UnboundLocalError if unset
	STORE_FAST      // ( v -- ) local[arg] = v
	DELETE_FAST     // ( -- ) UnboundLocalError if unset
	LOAD_NAME       // ( -- v ) Names[arg] from frame locals dict, then globals, then builtins (NameError)
	STORE_NAME      // ( v -- ) into the frame locals dict
	DELETE_NAME     // ( -- ) from the frame locals dict (NameError)
	LOAD_GLOBAL     // ( -- v ) Names[arg] from globals, then builtins (NameError)
	STORE_GLOBAL    // ( v -- )
	DELETE_GLOBAL   // ( -- )
	LOAD_DEREF      // ( -- cell[arg].contents ) NameError "free variable 'x' referenced before assignment in enclosing scope" for a free var, UnboundLocalError for a cell var
	STORE_DEREF     // ( v -- ) cell[arg].contents = v
	DELETE_DEREF    // ( -- )
	LOAD_CLOSURE    // ( -- cell[arg] ) the cell object itself, for MAKE_FUNCTION's closure tuple
	LOAD_CLASSDEREF // ( -- v ) in a class body: the name of cell[arg] looked up in the locals dict first, else the cell's contents

	// Attributes and subscripts.
	LOAD_ATTR     // ( obj -- obj.Names[arg] )
	STORE_ATTR    // ( v obj -- ) obj.Names[arg] = v
	DELETE_ATTR   // ( obj -- )
	LOAD_METHOD   // ( obj -- meth obj ) when Names[arg] is a plain function found on type(obj) (no instance override); else ( obj -- NULL attr )
	BINARY_SUBSCR // ( container key -- container[key] )
	STORE_SUBSCR  // ( v container key -- ) container[key] = v
	DELETE_SUBSCR // ( container key -- )
	BUILD_SLICE   // arg=2: ( start stop -- slice ); arg=3: ( start stop step -- slice )

	// Operators.
	UNARY_POSITIVE // ( a -- +a )
	UNARY_NEGATIVE // ( a -- -a )
	UNARY_NOT      // ( a -- not a )
	UNARY_INVERT   // ( a -- ~a )
	BINARY_OP      // ( a b -- a op b ) arg = parser.Operator for `a op b`; arg = InplaceBase+parser.Operator for `a op= b` (tries __iop__ first)
	COMPARE_OP     // ( a b -- a op b ) arg = parser.CmpOperator, only Eq..GtE
	IS_OP          // ( a b -- a is b ) arg=1 means `is not`
	CONTAINS_OP    // ( a b -- a in b ) arg=1 means `not in`

	// Jumps. A jump to a lower index checks the eval breaker (pending
	// KeyboardInterrupt, thread switch).
	JUMP                 // ( -- ) pc = arg
	POP_JUMP_IF_FALSE    // ( v -- ) jump if not truthy
	POP_JUMP_IF_TRUE     // ( v -- ) jump if truthy
	JUMP_IF_FALSE_OR_POP // ( v -- v ) jump if falsy, else pop
	JUMP_IF_TRUE_OR_POP  // ( v -- v ) jump if truthy, else pop

	// Iteration.
	GET_ITER // ( iterable -- iter(iterable) )
	FOR_ITER // ( it -- it next(it) ), or when exhausted ( it -- ) and jump to arg

	// Building values.
	BUILD_TUPLE         // ( v1..vn -- (v1..vn) ) n = arg
	BUILD_LIST          // ( v1..vn -- [v1..vn] )
	BUILD_SET           // ( v1..vn -- {v1..vn} )
	BUILD_MAP           // ( k1 v1 .. kn vn -- {k1: v1, ..} ) n = arg pairs
	BUILD_CONST_KEY_MAP // ( v1..vn keys_tuple -- dict ) n = arg
	BUILD_STRING        // ( s1..sn -- s1+..+sn ) n = arg, all str
	LIST_APPEND         // ( list x1..x(arg-1) v -- list x1..x(arg-1) ) list = STACK[-arg] after popping v; list.append(v)
	SET_ADD             // as LIST_APPEND, for a set
	MAP_ADD             // ( map x.. k v -- map x.. ) map = STACK[-arg] after popping k and v; map[k] = v
	LIST_EXTEND         // ( list x.. it -- list x.. ) list = STACK[-arg] after popping it; list.extend(it)
	SET_UPDATE          // ( set x.. it -- set x.. ) set.update(it)
	DICT_UPDATE         // ( dict x.. m -- dict x.. ) dict.update(m); TypeError "'int' object is not a mapping"
	DICT_MERGE          // ( dict x.. m -- dict x.. ) like DICT_UPDATE but for call **kwargs: duplicate keys raise "f() got multiple values for keyword argument 'k'" (function = STACK[-arg-2]... the callee sits below the args tuple; see Notes)
	LIST_TO_TUPLE       // ( list -- tuple(list) )
	UNPACK_SEQUENCE     // ( seq -- v_n .. v_1 ) n = arg; v_1 ends on top. ValueError messages as CPython
	UNPACK_EX           // ( seq -- v_after.. list v_before.. ) arg = before | after<<8; first item on top
	FORMAT_VALUE        // ( v [spec] -- str ) arg&3: 0 none, 1 str(), 2 repr(), 3 ascii(); arg&4: a format spec string is on top

	// Functions and calls.
	MAKE_FUNCTION    // ( [defaults_tuple] [kwdefaults_dict] [closure_tuple] code -- function ) flags in arg: FuncDefaults, FuncKwDefaults, FuncClosure; name and qualname come from the code
	CALL_FUNCTION    // ( f a1..an -- f(a1..an) ) n = arg
	CALL_FUNCTION_KW // ( f a1..an names_tuple -- result ) n = arg counts positional AND keyword values; the last len(names) values are keyword arguments
	CALL_FUNCTION_EX // ( f args_tuple [kwargs_dict] -- result ) arg&1: kwargs dict present
	CALL_METHOD      // ( meth self a1..an -- result ) calls meth(self, a1..an); or ( NULL f a1..an -- f(a1..an) ). n = arg
	RETURN_VALUE     // ( v -- ) return v to the caller (or finish the generator with StopIteration(v))
	LOAD_BUILD_CLASS // ( -- builtins.__build_class__ )

	// Imports.
	IMPORT_NAME // ( level fromlist -- module ) Names[arg] is the dotted name; pushes the top package unless fromlist is non-None (then the leaf), like __import__
	IMPORT_FROM // ( module -- module module.Names[arg] ) ImportError "cannot import name 'x' from 'm' (path)"
	IMPORT_STAR // ( module -- ) copies public names into the frame's locals dict

	// Exceptions and blocks. The frame keeps a block stack; see Notes.
	SETUP_FINALLY         // ( -- ) push a handler block: on exception jump to arg
	SETUP_WITH            // ( mgr -- exit enter_result ) exit = bound mgr.__exit__; then push a handler block for arg
	POP_BLOCK             // ( -- ) pop the innermost handler block
	POP_EXCEPT            // ( -- ) pop the innermost EXCEPT_HANDLER block and restore the previously handled exception
	RAISE_VARARGS         // arg=0: re-raise the handled exception ("RuntimeError: No active exception to reraise"); arg=1: ( exc -- ); arg=2: ( exc cause -- ) i.e. raise exc from cause
	RERAISE               // ( exc -- ) raise exc again, keeping its traceback
	JUMP_IF_NOT_EXC_MATCH // ( exc type -- ) jump to arg unless exc matches type (a class or tuple of classes; TypeError "catching classes that do not inherit from BaseException is not allowed")
	WITH_EXCEPT_START     // ( exit exc -- exit exc res ) res = exit(type(exc), exc, exc.__traceback__)
	LOAD_ASSERTION_ERROR  // ( -- AssertionError )

	// Generators and coroutines (the generators and coroutines issues use these).
	YIELD_VALUE         // ( v -- sent ) suspend the frame yielding v; resumes with the value sent in
	YIELD_FROM          // ( sub v -- sub ) send v into sub; if sub yields x: suspend yielding x, and on resume re-execute this instruction with the sent value; if sub returns r: ( sub v -- r ) and continue
	GET_YIELD_FROM_ITER // ( iterable -- iter ) generators/coroutines pass through, else iter()
	GET_AWAITABLE       // ( v -- awaitable_iter ) coroutine, or __await__() result; arg: 0 await, 1 after __aenter__, 2 after __aexit__ (for error messages)
	GET_AITER           // ( v -- v.__aiter__() )
	GET_ANEXT           // ( aiter -- aiter awaitable ) awaitable of aiter.__anext__()
	END_ASYNC_FOR       // ( aiter exc -- ) if exc is StopAsyncIteration: pop both and POP_EXCEPT, else re-raise exc
	BEFORE_ASYNC_WITH   // ( mgr -- aexit aenter_awaitable ) aexit = bound __aexit__
	SETUP_ASYNC_WITH    // ( aexit res -- aexit res ) push a handler block for arg whose recorded depth EXCLUDES res (CPython 3.10: pop res, push block, push res), so the handler starts with ( aexit exc )
	ASYNC_GEN_WRAP      // ( v -- wrapped ) marks a value yielded by an async generator

	// Interactive mode.
	PRINT_EXPR // ( v -- ) if v is not None: print repr(v) and set builtins._

	numOpcodes // must stay last
)

// InplaceBase is added to a parser.Operator in BINARY_OP's argument for the
// augmented-assignment form (`x += y` is BINARY_OP InplaceBase+Add).
const InplaceBase = 16

// MAKE_FUNCTION flags.
const (
	FuncDefaults   = 0x01 // a tuple of positional defaults is on the stack
	FuncKwDefaults = 0x02 // a dict of keyword-only defaults is on the stack
	FuncClosure    = 0x08 // a tuple of cells is on the stack
)

// Notes
//
// Block stack. SETUP_FINALLY and SETUP_WITH push a handler block recording
// (handler pc, operand-stack depth). POP_BLOCK pops it on the normal path.
// When an exception is raised, the VM pops blocks innermost first:
//   - an EXCEPT_HANDLER block: truncate the stack to its depth, restore the
//     exception that was being handled before it (the "current exception"
//     used by sys.exc_info(), bare `raise`, and __context__), and continue;
//   - a handler block: truncate the stack to its depth, push an
//     EXCEPT_HANDLER block that remembers the currently handled exception and
//     the depth, make the new exception the handled one, push the exception
//     object, and jump to the handler.
// If no block remains the frame returns the exception to its caller.
// A handler therefore starts with ( exc ) on the stack and an EXCEPT_HANDLER
// block; it ends with POP_EXCEPT after popping exc (caught), or with RERAISE
// (not caught, or at the end of a finally block).
//
// Exception chaining: when an exception is raised while another is handled,
// its __context__ is set to the handled one (unless it is the same object),
// as CPython does.
//
// Typical shapes (CPython 3.10's compiler, adapted to one exception value):
//   try/except E as e:  SETUP_FINALLY H; body; POP_BLOCK; JUMP else
//                       H: DUP_TOP; <E>; JUMP_IF_NOT_EXC_MATCH N; STORE e;
//                          SETUP_FINALLY C; handler body; POP_BLOCK; POP_EXCEPT;
//                          e = None; del e; JUMP end
//                       C: e = None; del e; RERAISE
//                       N: RERAISE
//   try/finally:        SETUP_FINALLY F; body; POP_BLOCK; <finally body>; JUMP end
//                       F: <finally body>; RERAISE
//   with m as x:        <m>; SETUP_WITH H; STORE x; body; POP_BLOCK;
//                       LOAD_CONST None; DUP_TOP; DUP_TOP; CALL_FUNCTION 3; POP_TOP; JUMP end
//                       H: WITH_EXCEPT_START; POP_JUMP_IF_TRUE S; RERAISE
//                       S: POP_TOP; POP_EXCEPT; POP_TOP
// `return`, `break` and `continue` inside these blocks first emit the
// unwinding code of every block they leave (POP_BLOCK plus a copy of the
// finally body, POP_EXCEPT for handlers, the __exit__ call for with).
//
// Calls. CALL_FUNCTION_EX's args is always a tuple (the compiler emits
// LIST_TO_TUPLE after building a list with LIST_EXTEND). For DICT_MERGE the
// callee is needed only for the error message; the VM finds it at
// STACK[-arg-2] after popping m (callee, args tuple, dict being built, ...).
//
// Comprehensions compile to a nested function taking the outermost
// iterator as its single argument `.0` (CPython 3.10's scheme); generator
// expressions are such functions with FlagGenerator.
//
// Class bodies: `class C(B, metaclass=M): body` compiles to
// LOAD_BUILD_CLASS; MAKE_FUNCTION <body code>; LOAD_CONST "C"; <B>; <M>;
// CALL_FUNCTION_KW. The body code runs with a fresh locals dict (STORE_NAME),
// starts with `__module__ = __name__; __qualname__ = "C"`, and ends with
// `return __classcell__` (LOAD_CLOSURE __class__; DUP_TOP; STORE_NAME
// __classcell__; RETURN_VALUE) when a method uses super() or __class__, or
// `return None` otherwise. Zero-argument super() reads the calling frame's
// first argument and its __class__ free variable.

var opcodeNames = [numOpcodes]string{
	NOP: "NOP", POP_TOP: "POP_TOP", ROT_TWO: "ROT_TWO", ROT_THREE: "ROT_THREE", ROT_FOUR: "ROT_FOUR",
	DUP_TOP: "DUP_TOP", DUP_TOP_TWO: "DUP_TOP_TWO",
	LOAD_CONST: "LOAD_CONST", LOAD_FAST: "LOAD_FAST", STORE_FAST: "STORE_FAST", DELETE_FAST: "DELETE_FAST",
	LOAD_NAME: "LOAD_NAME", STORE_NAME: "STORE_NAME", DELETE_NAME: "DELETE_NAME",
	LOAD_GLOBAL: "LOAD_GLOBAL", STORE_GLOBAL: "STORE_GLOBAL", DELETE_GLOBAL: "DELETE_GLOBAL",
	LOAD_DEREF: "LOAD_DEREF", STORE_DEREF: "STORE_DEREF", DELETE_DEREF: "DELETE_DEREF",
	LOAD_CLOSURE: "LOAD_CLOSURE", LOAD_CLASSDEREF: "LOAD_CLASSDEREF",
	LOAD_ATTR: "LOAD_ATTR", STORE_ATTR: "STORE_ATTR", DELETE_ATTR: "DELETE_ATTR", LOAD_METHOD: "LOAD_METHOD",
	BINARY_SUBSCR: "BINARY_SUBSCR", STORE_SUBSCR: "STORE_SUBSCR", DELETE_SUBSCR: "DELETE_SUBSCR", BUILD_SLICE: "BUILD_SLICE",
	UNARY_POSITIVE: "UNARY_POSITIVE", UNARY_NEGATIVE: "UNARY_NEGATIVE", UNARY_NOT: "UNARY_NOT", UNARY_INVERT: "UNARY_INVERT",
	BINARY_OP: "BINARY_OP", COMPARE_OP: "COMPARE_OP", IS_OP: "IS_OP", CONTAINS_OP: "CONTAINS_OP",
	JUMP: "JUMP", POP_JUMP_IF_FALSE: "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE: "POP_JUMP_IF_TRUE",
	JUMP_IF_FALSE_OR_POP: "JUMP_IF_FALSE_OR_POP", JUMP_IF_TRUE_OR_POP: "JUMP_IF_TRUE_OR_POP",
	GET_ITER: "GET_ITER", FOR_ITER: "FOR_ITER",
	BUILD_TUPLE: "BUILD_TUPLE", BUILD_LIST: "BUILD_LIST", BUILD_SET: "BUILD_SET", BUILD_MAP: "BUILD_MAP",
	BUILD_CONST_KEY_MAP: "BUILD_CONST_KEY_MAP", BUILD_STRING: "BUILD_STRING",
	LIST_APPEND: "LIST_APPEND", SET_ADD: "SET_ADD", MAP_ADD: "MAP_ADD", LIST_EXTEND: "LIST_EXTEND",
	SET_UPDATE: "SET_UPDATE", DICT_UPDATE: "DICT_UPDATE", DICT_MERGE: "DICT_MERGE", LIST_TO_TUPLE: "LIST_TO_TUPLE",
	UNPACK_SEQUENCE: "UNPACK_SEQUENCE", UNPACK_EX: "UNPACK_EX", FORMAT_VALUE: "FORMAT_VALUE",
	MAKE_FUNCTION: "MAKE_FUNCTION", CALL_FUNCTION: "CALL_FUNCTION", CALL_FUNCTION_KW: "CALL_FUNCTION_KW",
	CALL_FUNCTION_EX: "CALL_FUNCTION_EX", CALL_METHOD: "CALL_METHOD", RETURN_VALUE: "RETURN_VALUE",
	LOAD_BUILD_CLASS: "LOAD_BUILD_CLASS",
	IMPORT_NAME:      "IMPORT_NAME", IMPORT_FROM: "IMPORT_FROM", IMPORT_STAR: "IMPORT_STAR",
	SETUP_FINALLY: "SETUP_FINALLY", SETUP_WITH: "SETUP_WITH", POP_BLOCK: "POP_BLOCK", POP_EXCEPT: "POP_EXCEPT",
	RAISE_VARARGS: "RAISE_VARARGS", RERAISE: "RERAISE", JUMP_IF_NOT_EXC_MATCH: "JUMP_IF_NOT_EXC_MATCH",
	WITH_EXCEPT_START: "WITH_EXCEPT_START", LOAD_ASSERTION_ERROR: "LOAD_ASSERTION_ERROR",
	YIELD_VALUE: "YIELD_VALUE", YIELD_FROM: "YIELD_FROM", GET_YIELD_FROM_ITER: "GET_YIELD_FROM_ITER",
	GET_AWAITABLE: "GET_AWAITABLE", GET_AITER: "GET_AITER", GET_ANEXT: "GET_ANEXT", END_ASYNC_FOR: "END_ASYNC_FOR",
	BEFORE_ASYNC_WITH: "BEFORE_ASYNC_WITH", SETUP_ASYNC_WITH: "SETUP_ASYNC_WITH", ASYNC_GEN_WRAP: "ASYNC_GEN_WRAP",
	PRINT_EXPR: "PRINT_EXPR",
}

// String returns the opcode's name, e.g. "LOAD_FAST".
func (op Opcode) String() string {
	if op < numOpcodes && opcodeNames[op] != "" {
		return opcodeNames[op]
	}
	return "OPCODE_" + itoa(int(op))
}

// IsJump reports whether op's argument is an instruction index.
func (op Opcode) IsJump() bool {
	switch op {
	case JUMP, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, JUMP_IF_FALSE_OR_POP, JUMP_IF_TRUE_OR_POP,
		FOR_ITER, SETUP_FINALLY, SETUP_WITH, JUMP_IF_NOT_EXC_MATCH, SETUP_ASYNC_WITH:
		return true
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}
