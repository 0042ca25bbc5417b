package vm

// This file defines Thread, the state of one pyco thread of execution.

// A Thread is the interpreter state of one OS-level thread of pyco code: its
// chain of active frames, recursion depth and limit, and the exception being
// handled. Natives receive the Thread they run on; they must not share it
// with other goroutines.
type Thread struct {
	// Interp is the interpreter the thread belongs to.
	Interp *Interpreter

	frame *Frame // the innermost executing frame; or nil when idle
	depth int    // number of active pyco frames (all kinds of calls)
	// nativeDepth counts re-entries of the dispatch loop from Go code, so
	// that recursion through natives cannot overflow the Go stack.
	nativeDepth int
	// dataDepth counts the Go recursion of natives over nested data that
	// CPython does not bound by the recursion limit (hashing nested
	// tuples, iterators over iterators): see enterDeep.
	dataDepth int
	// nexts counts Next calls, for its eval-breaker poll.
	nexts uint32

	// excInfo is the exception currently being handled (sys.exc_info());
	// or nil.
	excInfo *Exception

	framePool []*Frame     // frames free for reuse (never generator frames)
	chain     []chainLevel // Generator.resumeChain's buffer

	// intSlab holds the boxes of ints made by the loop (boxInt); those
	// from intSlabN on are free.
	intSlab  *[intSlabSize]Int
	intSlabN int

	// scratchSlice is the slice object of opSliceSubscr when the
	// container cannot keep it.
	scratchSlice Slice

	lastConcat *Str   // the last result of concatStr; or nil
	concatBuf  []byte // its buffer, with spare capacity

	// Locals is free for stdlib modules to keep per-thread state (the
	// asyncio running loop, the current task...). Keys are module-chosen.
	Locals map[string]Object
}

// NewThread returns a new thread of interp.
func (in *Interpreter) NewThread() *Thread {
	return &Thread{Interp: in}
}

// Frame returns the innermost executing pyco frame; or nil.
func (t *Thread) Frame() *Frame { return t.frame }

// ExcInfo returns the exception currently being handled (what
// sys.exc_info() reports); or nil.
func (t *Thread) ExcInfo() *Exception { return t.excInfo }

// RecursionLimit returns the interpreter's recursion limit.
func (t *Thread) RecursionLimit() int { return t.Interp.recursionLimit }

// SetRecursionLimit sets the recursion limit (sys.setrecursionlimit).
func (t *Thread) SetRecursionLimit(n int) error {
	if n < 1 {
		return Errorf(ValueError, "recursion limit must be greater or equal than 1")
	}
	t.Interp.recursionLimit = n
	return nil
}

// maxNativeDepth bounds Go recursion through natives that call back into
// pyco code (a __repr__ that calls repr(self), ...).
const maxNativeDepth = 3000

// EnterRecursiveCall must be called by natives that recurse on the Go stack
// over pyco data (repr of nested lists, ...); it returns RecursionError when
// the recursion is too deep. Call LeaveRecursiveCall when done.
func (t *Thread) EnterRecursiveCall(where string) error {
	t.nativeDepth++
	if t.nativeDepth > maxNativeDepth || t.depth > t.Interp.recursionLimit {
		t.nativeDepth--
		return Errorf(RecursionError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

// LeaveRecursiveCall undoes EnterRecursiveCall.
func (t *Thread) LeaveRecursiveCall() { t.nativeDepth-- }

// maxDataDepth bounds the recursion counted by enterDeep: far deeper than
// the recursion limit (CPython handles such data a hundred thousand
// levels deep), yet a few tens of MB of Go stack.
const maxDataDepth = 200_000

// enterDeep is EnterRecursiveCall for natives that recurse over nested
// data where CPython has no recursion check (and crashes when the C stack
// runs out): it allows maxDataDepth levels, then raises RecursionError.
// Call leaveDeep when done.
func (t *Thread) enterDeep(where string) error {
	t.dataDepth++
	if t.dataDepth > maxDataDepth {
		t.dataDepth--
		return Errorf(RecursionError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

// leaveDeep undoes enterDeep.
func (t *Thread) leaveDeep() { t.dataDepth-- }
