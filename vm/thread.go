package vm

// This file defines Thread, the state of one pyco thread of execution.

// A Thread is the interpreter state of one OS-level thread of pyco code: its
// chain of active frames, recursion depth and limit, and the exception being
// handled. Natives receive the Thread they run on; they must not share it
// with other goroutines.
type Thread struct {
	// TODO(core): frames, recursion limit, current exception, interpreter.
}
