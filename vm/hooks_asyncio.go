package vm

// This file defines the hooks that the stdlib's asyncio (and signal)
// packages need from the VM and that no other public API offers: builtin
// types defined outside vm, the pending-interrupt flag, and the coroutine
// flags of generators and functions.

import (
	"sync/atomic"

	"pyco/compiler"
)

// RegisterType adds types defined by a stdlib package (Go types such as
// asyncio's Future, or exception classes) to the builtin types that every
// interpreter finishes (MRO, slot inheritance, slot wrappers) before it
// runs code. Call it from an init function; a type's Bases default to
// object.
func RegisterType(types ...*Type) {
	builtinTypes = append(builtinTypes, types...)
}

// TakeInterrupt reports whether a KeyboardInterrupt is pending
// (Interrupt was called and no eval-breaker check has raised it yet) and
// clears it: the caller raises it instead. An event loop sleeping in Go
// uses it when woken by SIGINT.
func (in *Interpreter) TakeInterrupt() bool {
	for {
		v := atomic.LoadInt32(&in.pending)
		if v&breakInterrupt == 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&in.pending, v, v&^breakInterrupt) {
			return true
		}
	}
}

// IsCoroutine reports whether g is a coroutine (made by an async def).
func (g *Generator) IsCoroutine() bool { return g.kind == genCoroutine }

// IsIterableCoroutine reports whether g is a generator whose function was
// marked as a coroutine (@types.coroutine, @asyncio.coroutine): it can be
// awaited.
func (g *Generator) IsIterableCoroutine() bool {
	return g.kind == genGenerator && g.code.C.Flags&compiler.FlagIterableCoro != 0
}

// Done reports whether g has finished (returned or raised).
func (g *Generator) Done() bool { return g.done }

// MarkIterableCoroutine marks the generator function fn as a coroutine
// (what @types.coroutine does by replacing its code flags) and reports
// whether fn is a generator function at all.
func MarkIterableCoroutine(fn *Function) bool {
	c := fn.Code.C
	if c.Flags&compiler.FlagGenerator == 0 {
		return false
	}
	c.Flags |= compiler.FlagIterableCoro
	return true
}

// IsCoroutineFunction reports whether fn is an async def function.
func IsCoroutineFunction(fn *Function) bool {
	return fn.Code.C.Flags&compiler.FlagCoroutine != 0
}
