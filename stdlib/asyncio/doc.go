// Package asyncio implements Python's asyncio: the event loop, futures and
// tasks in Go (the module _asyncio), and the package asyncio that programs
// import.
//
// # Layers
//
// The engine is the pure-Go package eventloop (stdlib/asyncio/eventloop):
// a FIFO of ready callbacks, a timer heap ordered by deadline then by
// insertion, a thread-safe inbox with a wake-up channel, and a Clock. It
// knows nothing of pyco values and is unit-tested with a fake clock.
//
// This package wraps the engine into pyco objects, keeping CPython's
// layering: the loop object (loop.go) owns one engine and one Thread (the
// VM thread that runs it); Future (future.go) talks to the loop only
// through call_soon; Task (task.go) only through futures and the VM's
// Generator Send/Throw. A task is a suspended coroutine frame stepped by
// the loop on the goroutine that owns the VM, never a goroutine of its
// own. A task switch is one frame resume plus one queue operation: when an
// awaited future completes, its done callbacks are queued with call_soon,
// and a task's wake-up callback is a Go closure that steps the coroutine
// directly (no pyco call in between).
//
// The running loop and the current task are kept in the Thread's Locals.
// SIGINT while a loop runs: the loop watches the signal through the
// engine (a goroutine posts into the inbox, which wakes the loop if it is
// sleeping), and the VM's pending interrupt becomes a KeyboardInterrupt
// raised out of run_until_complete/run_forever.
//
// # The REPL
//
// Runner (repl_support.go) is the Go API cmd/pyco's REPL uses for
// top-level await: one loop for the whole session, each input run as a
// loop callback (so get_running_loop works at the prompt), an input
// compiled as a coroutine (vm Compile mode "single-await") run as a task
// to completion, and Interrupt to cancel it from the SIGINT handler.
//
// # VM hooks
//
// vm/hooks_asyncio.go holds what this package needs from the VM:
// RegisterType (Go types defined here are finished like builtin types),
// Interpreter.TakeInterrupt (take a pending KeyboardInterrupt from Go),
// Generator.IsCoroutine/IsIterableCoroutine/Done, MarkIterableCoroutine
// (asyncio.coroutine) and IsCoroutineFunction.
//
// # Module layout
//
//   - _asyncio (Go, this package): the event loop type, Handle and
//     TimerHandle, Future, Task, the exceptions (CancelledError,
//     InvalidStateError, TimeoutError is the builtin), run,
//     get_event_loop, new_event_loop, set_event_loop, get_running_loop,
//     ensure_future, create_task, current_task, all_tasks, isfuture,
//     iscoroutine, iscoroutinefunction, wrap_future, and the private
//     helpers the library layer uses: _get_running_loop,
//     _set_result_unless_cancelled, _sleep0 (an awaitable that yields
//     once: `await _sleep0()` is CPython's `await __sleep0()`), _park
//     (park.go: await a future, then leave a wait queue), _gather
//     (gather.go: gather's children and their shared done callback),
//     _submodules.
//     __all__ lists the public names.
//   - asyncio (asyncio.py, embedded): `from _asyncio import *`, then, for
//     each library submodule that exists, in the order tasks_lib,
//     timeouts, locks, queues, taskgroups, re-exports its __all__ (or its
//     public names). Also the 3.7 compatibility decorator
//     asyncio.coroutine.
//   - asyncio.<name> (<name>.py in this directory, embedded): every other
//     .py file here is registered automatically as the submodule
//     asyncio.<name> (register.go), which makes asyncio a package. The
//     library layer lives there: tasks_lib.py (sleep, gather, wait,
//     wait_for, as_completed, shield), timeouts.py, taskgroups.py,
//     locks.py, queues.py. They import the Go primitives from _asyncio
//     (`from _asyncio import Future, get_running_loop, ...`) and their
//     siblings relatively (`from .locks import Lock`); they must not
//     import asyncio itself at module level (it is being initialised).
package asyncio
