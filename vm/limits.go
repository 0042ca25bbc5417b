package vm

// This file defines the interpreter's resource limits: the optional
// running-time limit (Options.Timeout), enforced at the eval breaker, and
// the bound on single allocations that makes huge requests ([0]*10**10,
// 'x'*10**12, bytes(10**12)) raise MemoryError as CPython's failing malloc
// does, instead of the Go runtime's fatal out-of-memory error.

import (
	"sync/atomic"
	"time"
)

// breakTimeout is the bit of Interpreter.pending set when the running-time
// limit has passed. Unlike the other bits it stays set: every later
// eval-breaker check (backward jumps, calls) raises again, so code that
// catches the exception cannot keep running.
const breakTimeout = 1 << 16

// armTimeout starts the running-time limit d (none when d <= 0).
func (in *Interpreter) armTimeout(d time.Duration) {
	if d <= 0 {
		return
	}
	in.timeout = time.AfterFunc(d, func() { atomic.OrInt32(&in.pending, breakTimeout) })
}

// stopTimeout cancels the running-time limit.
func (in *Interpreter) stopTimeout() {
	if in.timeout != nil {
		in.timeout.Stop()
	}
}

// timeoutError is raised at each eval-breaker check once the running-time
// limit has passed (handleBreaker keeps the bit set).
func (in *Interpreter) timeoutError() error {
	return NewException(KeyboardInterrupt, NewStr("execution time limit exceeded"))
}

// maxAllocBytes bounds the size of one allocation of a sequence's items
// (see checkAlloc). It is the machine's memory (RAM and swap, where known:
// a larger request would make the Go runtime abort), at most 1 TiB.
var maxAllocBytes = func() int64 {
	n := int64(1) << 40
	if m := systemMemory(); m > 0 && m < n {
		n = m
	}
	return n
}()

// checkAlloc returns MemoryError when n items of size bytes each (n >= 0)
// cannot be allocated in one piece.
func checkAlloc(n, size int) error {
	if size > 0 && int64(n) > maxAllocBytes/int64(size) {
		return Errorf(MemoryError, "")
	}
	return nil
}

// checkAllocRepeat is checkAlloc for n copies of m items (n, m >= 0),
// without overflowing n*m.
func checkAllocRepeat(n, m, size int) error {
	if n > 0 && m > 0 && size > 0 && int64(m) > maxAllocBytes/int64(size)/int64(n) {
		return Errorf(MemoryError, "")
	}
	return nil
}

// objectSize is the size of one item of a list or tuple.
const objectSize = 16
