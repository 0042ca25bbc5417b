package asyncio

// This file defines Runner, the Go API with which cmd/pyco's REPL runs
// each input on one event loop that persists for the whole session (what
// CPython's Lib/asyncio/__main__.py does for `python3 -m asyncio`).

import (
	"pyco/vm"
)

// A Runner runs the inputs of an interactive session on one event loop
// that lives as long as the session, so that tasks created by one input
// go on running whenever a later input runs the loop (awaits).
//
// Every input runs as a callback of the loop, so get_running_loop() and
// create_task() work at the prompt even without await (and asyncio.run()
// refuses to run, as in `python3 -m asyncio`). An input compiled with
// top-level await is a coroutine: it runs as a task until it is done.
// Between inputs the loop does not run (pyco has one VM thread and the
// prompt owns it); after each input the loop runs one more iteration
// without sleeping, so that tasks the input created start at once.
//
// A Runner is used from the goroutine that owns the VM thread, except
// Interrupt, which is safe from any goroutine.
type Runner struct {
	t    *vm.Thread
	loop *Loop
}

// NewRunner returns a Runner on a new loop run by thread t; the loop
// becomes the thread's current event loop (asyncio.get_event_loop()).
func NewRunner(t *vm.Thread) *Runner {
	r := &Runner{t: t}
	r.newLoop()
	return r
}

func (r *Runner) newLoop() {
	r.loop = NewLoop(r.t)
	setEventLoop(r.t, r.loop)
}

// Loop returns the session's event loop.
func (r *Runner) Loop() vm.Object { return r.loop }

// Interrupt asks the running input to stop with KeyboardInterrupt: the
// VM raises it at its next eval-breaker check, and a loop sleeping in an
// await is woken up to raise it. Safe from any goroutine (a SIGINT
// handler).
func (r *Runner) Interrupt() {
	in := r.t.Interp
	in.Interrupt()
	r.loop.eng.Post(func() error {
		if in.TakeInterrupt() {
			return vm.NewException(vm.KeyboardInterrupt)
		}
		return nil
	})
}

// Run calls run inside the loop, with the loop running. When run returns
// a coroutine (an input compiled with top-level await), Run wraps it in a
// task and runs the loop until the task is done, returning the task's
// result or exception. Other errors of run are returned as they are.
//
// KeyboardInterrupt while the loop waits (Interrupt, or SIGINT) cancels
// the input's task, lets it finish its cancellation, and is returned as
// a KeyboardInterrupt; the other tasks stay pending. A KeyboardInterrupt
// or SystemExit raised inside a task is returned with its traceback.
func (r *Runner) Run(run func() (vm.Object, error)) (vm.Object, error) {
	t := r.t
	if r.loop.closed {
		// The input closed the loop (loop.close()): start a new one.
		r.newLoop()
	}
	l := r.loop
	if runningLoop(t) != nil || l.eng.Running() {
		return run()
	}
	var (
		result vm.Object
		rerr   error
		task   *Task
	)
	stop := func(*Future) error { l.eng.Stop(); return nil }
	l.eng.CallSoon(func() error {
		result, rerr = run()
		if rerr != nil || !isCoroutineObject(result) {
			l.eng.Stop()
			return nil
		}
		tk, err := newTask(t, nil, l, result, nil)
		if err != nil {
			result, rerr = nil, err
			l.eng.Stop()
			return nil
		}
		tk.logDestroyPending = false
		task = tk
		return tk.addDoneCallback(doneCallback{goFn: stop})
	})
	err := l.RunForever(t)
	if task == nil {
		// A plain input (or one that failed before its task existed).
		if err == nil {
			err = r.settle()
		}
		if err != nil && rerr == nil {
			return nil, err
		}
		return result, rerr
	}
	var interrupted *vm.Exception
	for !task.Done() {
		if err == nil {
			// Stopped by something else (loop.stop() in the input):
			// keep running until the input's task is done.
			if !hasStop(task) {
				if aerr := task.addDoneCallback(doneCallback{goFn: stop}); aerr != nil {
					return nil, aerr
				}
			}
			err = l.RunForever(t)
			continue
		}
		e := asException(err)
		if !e.IsInstance(vm.KeyboardInterrupt) {
			// SystemExit from another task, or a loop error.
			task.cancel(nil)
			return nil, err
		}
		interrupted = e
		task.cancel(nil)
		if !hasStop(task) {
			if aerr := task.addDoneCallback(doneCallback{goFn: stop}); aerr != nil {
				return nil, aerr
			}
		}
		err = l.RunForever(t)
	}
	if err == nil {
		err = r.settle()
	}
	task.logTraceback = false
	if task.state == stateCancelled && interrupted != nil {
		return nil, vm.NewException(vm.KeyboardInterrupt)
	}
	res, terr := task.Result()
	if terr != nil {
		return nil, terr
	}
	if err != nil {
		return nil, err
	}
	return res, nil
}

// settle runs one more iteration of the loop without sleeping, so that
// the callbacks an input scheduled (the first steps of the tasks it
// created) run before the next prompt.
func (r *Runner) settle() error {
	l := r.loop
	if l.closed || l.eng.Ready() == 0 {
		return nil
	}
	l.eng.Stop()
	return l.RunForever(r.t)
}

// hasStop reports whether the future still has a Go done callback (the
// Runner's stop callback) registered.
func hasStop(tk *Task) bool {
	for _, cb := range tk.callbackList() {
		if cb.goFn != nil {
			return true
		}
	}
	return false
}
