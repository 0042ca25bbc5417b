// Package eventloop is the engine of pyco's asyncio event loop, in pure Go
// (it imports nothing of pyco, so it is tested alone with a fake clock).
//
// A Loop owns:
//
//   - the ready FIFO: callbacks to run in the next iteration, a ring
//     buffer of *Handle;
//   - the timer heap: handles ordered by deadline, then by insertion
//     sequence (timers due at the same time run in the order they were
//     scheduled);
//   - the inbox: a mutex-protected slice, swapped with a spare each
//     iteration, into which any goroutine posts callbacks (Post), plus a
//     1-buffered wake-up channel. This is the only entry point that is
//     safe from other goroutines.
//
// RunOnce is one iteration of asyncio's BaseEventLoop._run_once: it moves
// the inbox into the ready FIFO, sleeps (through the Clock) until the
// earliest deadline or an inbox message when nothing is ready, moves the
// due timers into the ready FIFO, then runs exactly the callbacks that
// were ready at that point: callbacks scheduled while they run wait for
// the next iteration ("one generation per iteration"). The loop never
// spins: with nothing ready it blocks in Clock.Sleep.
//
// A callback returns an error to abort the iteration (the embedding layer
// uses it for KeyboardInterrupt and SystemExit): RunOnce returns the error
// at once and the callbacks not yet run stay queued for the next
// iteration, as in CPython.
//
// Handles are cancellable: a cancelled ready handle is skipped, a
// cancelled timer is removed from the heap at once. A Handle may be
// rescheduled once it has run (Schedule), which lets a task reuse one
// handle for all its steps.
//
// Only the goroutine that runs the loop may call anything but Post and
// Wake. Signals (NotifySignal) are watched by one goroutine per loop that
// posts the handler into the inbox.
package eventloop
