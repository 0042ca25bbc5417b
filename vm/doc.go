// Package vm runs compiled pyco code: it is the last stage of the
// pipeline (parser -> compiler -> vm) and holds the object model, the
// dispatch loop, the builtins and the import machinery. It imports the
// compiler (and the parser, for positions and for compiling imports,
// exec/eval and REPL input); it never imports stdlib or cmd.
//
// # Value model
//
// Every pyco value is an Object (object.go): an interface whose only
// method returns the value's *Type. Small ints are Int (int64, boxed for
// free from a cache for -5..1024 by MakeInt), larger ones *BigInt; Bool is
// a subclass of int; Float, *Str, *Bytes, *List, *Tuple, *Dict, *Set are
// the builtin containers. A Go nil is never a pyco value: it is the NULL
// of the operand stack and "absent" in optional fields. Behaviour lives in
// the slots of Type (Repr, Hash, RichCompare, BinaryOp, GetItem, Iter,
// Next, GetAttr, DescrGet, Call...). Builtin types fill them in Go; user
// classes (obj_class.go) get slots that call the dunder methods their MRO
// defines, inheriting the rest from their first builtin base. The protocol
// functions of protocol.go (Repr, Hash, Equal, RichCompare, BinaryOp,
// GetIter, Next, GetAttr, SetAttr...) only ever call slots and raise
// CPython's TypeErrors when a slot is missing. Builtin types are
// "finished" once (type.go): C3 MRO, slot inheritance, and slot wrappers
// such as int.__add__ or object.__init__ installed in their Dicts so
// that super().__init__(...) and friends work.
//
// Instances of user classes are *Instance (class + attribute dict);
// exceptions are always *Exception, whatever their class; instances of
// user subclasses of list/dict/set carry their class in a Class field of
// the container struct. A direct-mapped attribute cache (attrcache.go)
// memoises MRO lookups and is invalidated by an epoch counter bumped on
// every class attribute change.
//
// A class declaring __slots__ (obj_slots.go) whose instances end up with
// slots or without a __dict__ is "slotted": its instances are
// *SlotInstance, the class and a slice of values allocated in one block
// (no dict unless '__dict__' is a slot or a base lacks __slots__, then
// kept in one more value), and each slot is a member_descriptor in the
// class dict holding the value's index. The attribute sections of the
// loop cache that index per site, as they cache the dict position of an
// *Instance attribute. Plain classes are unaffected.
//
// # Errors
//
// Natives return (Object, error); the error is always an *Exception
// (Errorf, NewException). Panics are bugs: Interpreter.Main recovers them
// and reports "SystemError: internal error" with the pyco traceback, exit
// status 1.
//
// # Frames and the call convention
//
// A Frame (frame.go) is one heap object per call: code, pc, and a single
// slots slice holding the fast locals, the cells and free variables, then
// the operand stack (sizes come from the Code); plus the block stack,
// the back pointer, globals/builtins and, for module and class bodies, a
// locals dict. Finished frames go back to a per-thread pool unless
// something kept them (tracebacks, sys._getframe, generators).
//
// The dispatch loop (interp.go, Thread.run) is one `for { switch op }`
// with pc, sp, the slots and the instructions in Go locals (the latter
// two as array pointers: every loop-carried value costs a spill per
// instruction). It runs Code.code, not the compiler's instructions:
// NewCode quickens them (quicken.go) into superinstructions (a local and
// a constant into a binary operator, compare-and-jump, for+store, local
// attribute loads and stores, returns of a local or constant...) and
// attribute instructions with inline caches keyed by class and type
// epoch, keeping every instruction at its index so that jumps, handlers,
// saved pcs and line numbers mean the same in both streams. Operators,
// compare-and-jump, attribute access and return are shared sections
// after the switch that the plain and fused instructions jump to; int
// results outside the small-int cache are boxed from per-thread slabs.
// A call of a pyco
// function from the loop (CALL_FUNCTION, CALL_METHOD, and calling a class
// whose __init__ is a pyco function) binds the arguments directly into
// the new frame's slots, pushes the frame and continues in the same loop:
// pyco-to-pyco calls never recurse on the Go stack. RETURN_VALUE pops back
// to the caller, or leaves the loop when the frame is an entry frame.
// Natives that call back into pyco (sorted(key=...), repr() of an
// instance, __eq__ in a dict lookup, type calls with Go-implemented
// __new__) use Thread.Call, which starts a new run of the loop on an entry
// frame. BuiltinFunc receives the positional arguments followed by the
// keyword values, with kwnames naming the trailing ones; args is a window
// of the caller's operand stack and must not be retained.
//
// The recursion limit (sys.setrecursionlimit, default 1000) counts every
// pyco frame; runs of the loop started from Go are counted too, so a
// recursion through natives cannot overflow the Go stack.
//
// The eval breaker (Interpreter.Interrupt, safe from any goroutine) is
// checked at backward jumps (conditional ones too, fused or not) and
// calls only; a pending interrupt raises KeyboardInterrupt there, and so
// does Options.Timeout once it has passed, at every later check
// (limits.go). Requests for more memory than the machine has raise
// MemoryError (checkAlloc) rather than abort the Go runtime.
//
// # Robustness
//
// NewCode verifies each compiled code object once (verify.go): argument
// indexes against their tables, jump targets, the final instruction, and
// the operand and block stack depths along every path against StackSize
// and BlockDepth, the invariants the loop's unchecked array indexing
// relies on; a failing code object runs as a stub raising
// "SystemError: bad bytecode: ...". Built with the pycodebug tag the loop
// uses bounds-checked slices instead (slots_debug.go). FuzzRun
// (fuzz_run_test.go) runs arbitrary programs under a time limit and fails
// on any recovered Go panic.
//
// # The suspension rule
//
// Only pyco frames suspend. A generator, coroutine or async generator
// (generator.go) owns its frame: YIELD_VALUE saves pc and sp in the frame
// and leaves the loop with the value; send() pushes the sent value and
// re-enters the loop on the same frame; throw() starts the loop with an
// exception pending at the suspension point. YIELD_FROM (also used by
// await) sends into the sub-iterator and, when it yields, suspends with pc
// pointing back at itself so that the resumption re-executes it; resuming
// a generator suspended in a chain of such delegations to generators or
// coroutines (await f() awaiting g() ...) resumes the innermost one
// directly (Generator.resumeChain) rather than re-entering the loop once
// per level. A coroutine awaited, or a generator delegated to, right where
// it is called runs as a lazy frame, like a call, and gets its generator
// object only if it suspends (generator.go, inlLazy). When the consumer is
// itself a pyco frame (a for loop's
// FOR_ITER, YIELD_FROM or await, or a gen.send(v) method call), the
// generator's frame is resumed inside the consumer's dispatch loop, like a
// call: a yield pops back to the consumer with the value, a return ends the
// loop, completes the delegation or raises StopIteration at the send, and
// an exception unwinds into the consumer. Natives (next(), list(g), a
// Task's step) resume through Generator.Send/Throw, which run the loop on
// the generator's frame. No goroutines are involved. Natives never suspend:
// a Go-implemented awaitable returns an iterator object that yields.
//
// # The block stack and exceptions
//
// SETUP_FINALLY/SETUP_WITH push handler blocks recording the handler pc
// and the stack depth. When an exception is raised the loop records a
// traceback entry for the frame (not for re-raises), sets __context__ from
// the exception being handled, and pops blocks innermost first: an
// EXCEPT_HANDLER block restores the previously handled exception; a
// handler block truncates the stack, pushes an EXCEPT_HANDLER block
// remembering the handled exception, pushes the exception and jumps to the
// handler. With no block left the frame is popped and the search continues
// in the caller (adding its traceback entry), up to the entry frame, whose
// run returns the exception to Go. POP_EXCEPT ends a handler.
// Tracebacks are printed exactly as CPython 3.11 does (traceback.go),
// with source lines read from the per-interpreter map of compiled files.
//
// # Memory, Ctrl-C and blocking
//
// Values live on Go's heap. How far the heap may grow between collections
// follows the live heap (gcpolicy.go), so that small programs stay near
// CPython's size and large ones keep a quarter of headroom. Ctrl-C and the
// time limit set the eval breaker, which the loop checks on backward jumps
// and calls; Go loops that run no bytecode (over a Go iterator) meet it
// in Next, every 4096 items; and a read of stdin runs on a
// goroutine of its own so that Ctrl-C can abandon it (stdin_reader.go).
//
// # Embedding
//
// NewInterpreter creates an interpreter with the builtins and sys
// modules; Main runs a script as __main__; Exec/Compile/Thread.RunCode
// serve exec(), eval() and the REPL. RegisterModule and
// RegisterSourceModule make stdlib modules importable; the module "sys"
// is created by the VM (sysmod.go) and its registered init adds to it.
package vm
