package asyncio

// This file defines asyncio's exception classes (CPython's
// asyncio.exceptions); TimeoutError is the builtin one, as in 3.11.

import "pyco/vm"

// The exception classes of asyncio.
var (
	// CancelledError is raised in a task that was cancelled; a
	// BaseException since Python 3.8.
	CancelledError = &vm.Type{Name: "CancelledError", Module: "asyncio.exceptions", IsBuiltin: true, Bases: []*vm.Type{vm.BaseException}}
	// InvalidStateError is raised for an operation not allowed in the
	// future's state (result() of a pending future...).
	InvalidStateError = &vm.Type{Name: "InvalidStateError", Module: "asyncio.exceptions", IsBuiltin: true, Bases: []*vm.Type{vm.Exception_}}
	// SendfileNotAvailableError is never raised by pyco; it exists for
	// completeness of the exceptions module.
	SendfileNotAvailableError = &vm.Type{Name: "SendfileNotAvailableError", Module: "asyncio.exceptions", IsBuiltin: true, Bases: []*vm.Type{vm.RuntimeError}}
	// IncompleteReadError is raised by stream reads that end early.
	IncompleteReadError = &vm.Type{Name: "IncompleteReadError", Module: "asyncio.exceptions", IsBuiltin: true, Bases: []*vm.Type{vm.EOFError}}
	// LimitOverrunError is raised by stream reads over the buffer limit.
	LimitOverrunError = &vm.Type{Name: "LimitOverrunError", Module: "asyncio.exceptions", IsBuiltin: true, Bases: []*vm.Type{vm.Exception_}}
)

func init() {
	vm.RegisterType(CancelledError, InvalidStateError, SendfileNotAvailableError, IncompleteReadError, LimitOverrunError)
}
