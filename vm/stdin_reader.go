package vm

// This file defines the reader under sys.stdin. A read of standard input
// can block for as long as the user likes (input() at a prompt); Go gives
// no way to cancel a blocked read, so each read runs on a goroutine of its
// own (OS concurrency, as rule 1 allows) and the interpreter's goroutine
// waits for either its result or Ctrl-C. An interrupted read is left
// running: its bytes go to the next read, so nothing typed is lost.

import (
	"errors"
	"io"
	"sync/atomic"
)

// An InterruptHandlingReader is a standard input that handles Ctrl-C
// itself (the REPL's line editor, which reads the terminal in raw mode and
// calls Interpreter.Interrupt): the interpreter reads it directly, not
// through an interruptibleReader.
type InterruptHandlingReader interface {
	io.Reader
	// HandlesInterrupt marks the reader; it is never called.
	HandlesInterrupt()
}

// errInterrupted is returned by interruptibleReader.Read when Ctrl-C
// arrives first; StdStream turns it into KeyboardInterrupt.
var errInterrupted = errors.New("read interrupted")

// An interruptibleReader reads r for the interpreter in, giving up a
// blocked read when in is interrupted. Only the interpreter's goroutine
// calls Read.
type interruptibleReader struct {
	r        io.Reader
	in       *Interpreter
	inflight chan readResult // the read in progress; or nil
	left     []byte          // bytes read but not yet returned
	err      error           // the error that ended left, returned after it
}

// readResult is what one read of the underlying reader gave.
type readResult struct {
	data []byte
	err  error
}

// Read reads into p: the bytes left from an earlier read first, else the
// result of a read of the underlying reader, started on a goroutine (or
// already running since an interrupted Read).
func (ir *interruptibleReader) Read(p []byte) (int, error) {
	if len(ir.left) == 0 && ir.err == nil {
		if ir.inflight == nil {
			ch := make(chan readResult, 1)
			buf := make([]byte, max(len(p), 4096))
			go func() {
				n, err := ir.r.Read(buf)
				ch <- readResult{buf[:n], err}
			}()
			ir.inflight = ch
		}
		for waiting := true; waiting; {
			select {
			case res := <-ir.inflight:
				ir.inflight = nil
				ir.left, ir.err = res.data, res.err
				waiting = false
			case <-ir.in.interrupts:
				// A token can be stale (a Ctrl-C the loop already
				// handled): only a pending interrupt ends the wait.
				if atomic.LoadInt32(&ir.in.pending)&breakInterrupt != 0 {
					return 0, errInterrupted
				}
			}
		}
	}
	n := copy(p, ir.left)
	ir.left = ir.left[n:]
	if len(ir.left) == 0 && ir.err != nil {
		err := ir.err
		ir.err = nil
		return n, err
	}
	return n, nil
}
