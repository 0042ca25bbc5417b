package asyncio

// This file defines asyncio.Task: a Future that drives a coroutine. A
// step sends None (or throws an exception) into the coroutine with the
// VM's Generator Send/Throw; when the coroutine yields a blocking future
// the task registers itself as that future's waiter and is stepped again,
// by the loop, once the future is done. A bare yield (sleep(0)) just
// reschedules the step.

import (
	"strconv"
	"strings"

	"pyco/stdlib/asyncio/eventloop"
	"pyco/vm"
)

// TaskType is asyncio.Task (_asyncio.Task), a subclass of Future.
var TaskType = &vm.Type{Name: "Task", Module: "_asyncio", IsBuiltin: true, Bases: []*vm.Type{FutureType}}

// taskCounter numbers the default task names (Task-1, Task-2...).
var taskCounter int64

// A Task is an asyncio task.
//
// The layout is kept small (208 bytes, with its step handle): a program
// may have many pending tasks. mustCancel, logDestroyPending and
// wokenByWaiter live in the Future's padding.
type Task struct {
	Future // first: Future.task converts a *Future to its *Task
	coro   vm.Object
	name   *vm.Str // nil for the default
	num    int64   // the default name's number

	// waiter is the future the coroutine is blocked on (_fut_waiter);
	// or nil.
	waiter vm.Object

	// step is the task's reusable ready handle (it runs Run). When it
	// was queued because waiter is done, wokenByWaiter is set.
	step eventloop.Handle

	// prev and next link the loop's pending tasks, in order of creation.
	prev, next *Task

	numCancels int32 // cancelling()

	cancelledExc *vm.Exception // the CancelledError that cancelled the task; or nil
}

// Type returns the task's class.
func (tk *Task) Type() *vm.Type {
	if tk.sub != nil {
		return tk.sub.cls
	}
	return TaskType
}

// isCoroutineObject reports whether o can be driven by a task: a
// coroutine, a generator marked as a coroutine (@asyncio.coroutine), or an
// object with send and throw methods and __await__.
func isCoroutineObject(o vm.Object) bool {
	if g, ok := o.(*vm.Generator); ok {
		return g.IsCoroutine() || g.IsIterableCoroutine()
	}
	typ := o.Type()
	return vm.LookupType(typ, "send") != nil && vm.LookupType(typ, "throw") != nil && vm.LookupType(typ, "__await__") != nil
}

// newTask creates a task for coro on loop and schedules its first step.
func newTask(t *vm.Thread, cls *vm.Type, loop *Loop, coro, name vm.Object) (*Task, error) {
	if !isCoroutineObject(coro) {
		s, err := vm.Repr(t, coro)
		if err != nil {
			return nil, err
		}
		return nil, vm.Errorf(vm.TypeError, "a coroutine was expected, got %s", s)
	}
	tk := &Task{}
	tk.setClass(cls, TaskType)
	if err := tk.init(t, loop, coro, name); err != nil {
		return nil, err
	}
	return tk, nil
}

// init sets up a task created by newTask or by Task(...).
func (tk *Task) init(t *vm.Thread, loop *Loop, coro, name vm.Object) error {
	if loop.closed {
		return errClosed()
	}
	tk.isTask = true
	tk.loop = loop
	tk.coro = coro
	if isNone(name) {
		taskCounter++
		tk.num = taskCounter
	} else {
		if s, ok := name.(*vm.Str); ok {
			tk.name = s
		} else {
			s, err := vm.StrObj(t, name)
			if err != nil {
				return err
			}
			tk.name = s
		}
	}
	tk.logDestroyPending = true
	if g := tk.gen(); g != nil && loop.eng.Running() {
		// The loop's queue keeps the coroutine alive until the first
		// step or until the loop stops (RunForever tracks it then).
		g.DeferUnawaited()
		loop.deferredTasks = true
	}
	loop.eng.InitHandle(&tk.step, tk)
	loop.eng.Schedule(&tk.step)
	loop.registerTask(tk)
	return nil
}

// gen returns the coroutine when it is a pyco coroutine or generator;
// or nil.
func (tk *Task) gen() *vm.Generator {
	g, _ := tk.coro.(*vm.Generator)
	return g
}

// Name returns the task's name.
func (tk *Task) Name() vm.Object {
	if tk.name == nil {
		tk.name = vm.NewStr("Task-" + strconv.FormatInt(tk.num, 10))
	}
	return tk.name
}

// schedule queues a step of the task that throws exc (nil: sends None).
func (tk *Task) schedule(exc *vm.Exception) {
	if exc != nil || tk.step.Queued() {
		// A step that throws (rare: a bad yield), or one more step
		// while the step is queued (should not happen): a handle of
		// its own.
		tk.loop.eng.CallSoon(func() error { return tk.doStep(exc) })
		return
	}
	tk.wokenByWaiter = false
	tk.loop.eng.Schedule(&tk.step)
}

// wakeUp is called (by the loop, from its ready queue) when the future the
// task waited on is done: __wakeup.
func (tk *Task) wakeUpOn(f *Future) {
	if tk.step.Queued() || futureOf(tk.waiter) != f {
		// One more step while the step is queued, or a wake-up by a
		// future the task no longer waits on (both rare): a handle of
		// its own.
		tk.loop.eng.CallSoon(func() error {
			_, err := f.Result()
			return tk.doStep(asException(err))
		})
		return
	}
	tk.wokenByWaiter = true
	tk.loop.eng.Schedule(&tk.step)
}

// Run is the step handle's callback (eventloop.Runner).
func (tk *Task) Run() error {
	var exc *vm.Exception
	if tk.wokenByWaiter {
		// The future the task waits on is done (wakeUpOn).
		tk.wokenByWaiter = false
		if f := futureOf(tk.waiter); f != nil {
			if _, err := f.Result(); err != nil {
				exc = asException(err)
			}
		}
	}
	return tk.doStep(exc)
}

// asException converts an error from the VM to an exception (nil for nil).
func asException(err error) *vm.Exception {
	if err == nil {
		return nil
	}
	if e, ok := err.(*vm.Exception); ok {
		return e
	}
	return vm.Errorf(vm.SystemError, "%v", err)
}

// doStep is Task.__step: one resumption of the coroutine. It returns an
// error only for KeyboardInterrupt and SystemExit, which end the loop's
// run.
func (tk *Task) doStep(exc *vm.Exception) error {
	loop := tk.loop
	t := loop.thread
	if tk.state != statePending {
		return nil
	}
	if tk.mustCancel {
		if exc == nil || !exc.IsInstance(CancelledError) {
			exc = tk.makeCancelledError()
		}
		tk.mustCancel = false
	}
	tk.waiter = nil
	prev := loop.current
	loop.current = tk
	var result vm.Object
	var done bool
	var err error
	if g := tk.gen(); g != nil {
		if exc == nil {
			result, done, err = g.Send(t, vm.None)
		} else {
			result, done, err = g.Throw(t, exc)
		}
	} else {
		result, done, err = sendGeneric(t, tk.coro, exc)
	}
	defer func() { loop.current = prev }()
	if err != nil {
		e := asException(err)
		switch {
		case e.IsInstance(CancelledError):
			tk.cancelledExc = e
			_, cerr := tk.Future.Cancel(nil)
			tk.finished()
			return cerr
		case e.IsInstance(vm.KeyboardInterrupt) || e.IsInstance(vm.SystemExit):
			tk.Future.SetException(e)
			tk.finished()
			return e
		default:
			serr := tk.Future.SetException(e)
			tk.finished()
			return serr
		}
	}
	if done {
		var ferr error
		if tk.mustCancel {
			tk.mustCancel = false
			_, ferr = tk.Future.Cancel(tk.cancelMsg)
		} else {
			ferr = tk.Future.SetResult(result)
		}
		tk.finished()
		return ferr
	}
	// The coroutine yielded.
	if f := futureOf(result); f != nil {
		if f.loop != loop {
			return tk.scheduleError(t, "Task %s got Future %s attached to a different loop", tk, result)
		}
		if !f.blocking {
			return tk.scheduleError(t, "yield was used instead of yield from in task %s with %s", tk, result)
		}
		if f == &tk.Future {
			return tk.scheduleError(t, "Task cannot await on itself: %s", tk)
		}
		f.blocking = false
		if err := f.addDoneCallback(doneCallback{task: tk}); err != nil {
			return err
		}
		return tk.awaitOn(t, result)
	}
	if result == vm.None {
		tk.schedule(nil)
		return nil
	}
	if b := attr(t, result, "_asyncio_future_blocking"); b != nil && b != vm.None {
		return tk.waitForeign(t, result, b)
	}
	if g, ok := result.(*vm.Generator); ok && !g.IsCoroutine() {
		return tk.scheduleError(t, "yield was used instead of yield from for generator in task %s with %s", tk, result)
	}
	return tk.scheduleError(t, "Task got bad yield: %s", result)
}

// waitForeign handles a yielded future-like object that is not a pyco
// Future (duck typing on _asyncio_future_blocking).
func (tk *Task) waitForeign(t *vm.Thread, result, blocking vm.Object) error {
	b, err := vm.Truthy(t, blocking)
	if err != nil {
		return err
	}
	if !b {
		return tk.scheduleError(t, "yield was used instead of yield from in task %s with %s", tk, result)
	}
	if err := vm.SetAttr(t, result, "_asyncio_future_blocking", vm.False); err != nil {
		return err
	}
	wake := vm.NewBuiltin("task_wakeup", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		var exc *vm.Exception
		if len(args) > 0 {
			if _, err := vm.CallMethod(t, args[0], "result", nil, nil); err != nil {
				exc = asException(err)
			}
		}
		return vm.None, tk.doStep(exc)
	})
	if _, err := vm.CallMethod(t, result, "add_done_callback", []vm.Object{wake}, nil); err != nil {
		return err
	}
	return tk.awaitOn(t, result)
}

// awaitOn makes result the future the task waits on and, when a cancel
// is pending, cancels it.
func (tk *Task) awaitOn(t *vm.Thread, result vm.Object) error {
	tk.waiter = result
	if tk.mustCancel {
		ok, err := cancelFuture(t, result, tk.cancelMsg)
		if err != nil {
			return err
		}
		if ok {
			tk.mustCancel = false
		}
	}
	return nil
}

// cancelFuture calls fut.cancel(msg).
func cancelFuture(t *vm.Thread, fut vm.Object, msg vm.Object) (bool, error) {
	if tk, ok := fut.(*Task); ok {
		return tk.cancel(msg)
	}
	if f, ok := fut.(*Future); ok && f.sub == nil {
		return f.Cancel(msg)
	}
	var args []vm.Object
	var kw []string
	if !isNone(msg) {
		args, kw = []vm.Object{msg}, []string{"msg"}
	}
	r, err := vm.CallMethod(t, fut, "cancel", args, kw)
	if err != nil {
		return false, err
	}
	return vm.Truthy(t, r)
}

// scheduleError schedules a step that throws a RuntimeError whose message
// is format with the reprs of args.
func (tk *Task) scheduleError(t *vm.Thread, format string, args ...vm.Object) error {
	parts := make([]any, len(args))
	for i, a := range args {
		s, err := vm.Repr(t, a)
		if err != nil {
			return err
		}
		parts[i] = s
	}
	tk.schedule(vm.Errorf(vm.RuntimeError, format, parts...))
	return nil
}

// sendGeneric resumes a coroutine-like object through its send/throw
// methods.
func sendGeneric(t *vm.Thread, coro vm.Object, exc *vm.Exception) (vm.Object, bool, error) {
	var r vm.Object
	var err error
	if exc == nil {
		r, err = vm.CallMethod(t, coro, "send", []vm.Object{vm.None}, nil)
	} else {
		r, err = vm.CallMethod(t, coro, "throw", []vm.Object{exc}, nil)
	}
	if err != nil {
		if e, ok := err.(*vm.Exception); ok && e.Class == vm.StopIteration {
			v := vm.Object(vm.None)
			if e.Args != nil && len(e.Args.Items) > 0 {
				v = e.Args.Items[0]
			}
			return v, true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

// finished is called once the task is done: it leaves the loop's set of
// pending tasks.
func (tk *Task) finished() {
	tk.loop.unregisterTask(tk)
}

// cancel is Task.cancel(msg).
func (tk *Task) cancel(msg vm.Object) (bool, error) {
	tk.logTraceback = false
	if tk.state != statePending {
		return false, nil
	}
	tk.numCancels++
	if tk.waiter != nil {
		ok, err := cancelFuture(tk.loop.thread, tk.waiter, msg)
		if err != nil {
			return false, err
		}
		if ok {
			return true, nil
		}
	}
	tk.mustCancel = true
	tk.cancelMsg = msg
	return true, nil
}

// taskRepr is the repr of tasks:
// <Task pending name='Task-1' coro=<main() running at x.py:3>>.
func taskRepr(t *vm.Thread, tk *Task) (vm.Object, error) {
	info, err := tk.reprInfo(t)
	if err != nil {
		return nil, err
	}
	if tk.numCancels > 0 && tk.state == statePending {
		info[0] = "cancelling"
	}
	name, err := vm.Repr(t, tk.Name())
	if err != nil {
		return nil, err
	}
	extra := []string{"name=" + name, "coro=<" + formatCoroutine(t, tk.coro) + ">"}
	if tk.waiter != nil {
		s, err := vm.Repr(t, tk.waiter)
		if err != nil {
			return nil, err
		}
		extra = append(extra, "wait_for="+s)
	}
	parts := append([]string{info[0]}, extra...)
	parts = append(parts, info[1:]...)
	return vm.NewStr("<" + tk.Type().Name + " " + strings.Join(parts, " ") + ">"), nil
}

func taskArg(args []vm.Object, name string) (*Task, error) {
	if len(args) > 0 {
		if tk, ok := args[0].(*Task); ok {
			return tk, nil
		}
		return nil, vm.Errorf(vm.TypeError, "descriptor '%s' requires a '_asyncio.Task' object but received a '%s'", name, vm.TypeName(args[0]))
	}
	return nil, vm.Errorf(vm.TypeError, "descriptor '%s' needs an argument", name)
}

func taskMethod(name string, fn func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error)) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		tk, err := taskArg(args, name)
		if err != nil {
			return nil, err
		}
		return fn(t, tk, args[1:], kwnames)
	}
}

func init() {
	vm.RegisterType(TaskType)
	typ := TaskType
	typ.New = func(t *vm.Thread, cls *vm.Type, args []vm.Object, kwnames []string) (vm.Object, error) {
		tk := &Task{}
		tk.setClass(cls, TaskType)
		tk.isTask = true
		return tk, nil
	}
	typ.Init = func(t *vm.Thread, self vm.Object, args []vm.Object, kwnames []string) error {
		tk := self.(*Task)
		a, err := parseArgs("Task", args, kwnames, 1, []string{"coro"}, []string{"loop", "name", "context"})
		if err != nil {
			return err
		}
		if !isCoroutineObject(a[0]) {
			s, err := vm.Repr(t, a[0])
			if err != nil {
				return err
			}
			return vm.Errorf(vm.TypeError, "a coroutine was expected, got %s", s)
		}
		loop, err := loopArg(t, a[1])
		if err != nil {
			return err
		}
		return tk.init(t, loop, a[0], a[2])
	}
	typ.Repr = futureRepr
	typ.AddMethod("get_name", taskMethod("get_name", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		return tk.Name(), nil
	}))
	typ.AddMethod("set_name", taskMethod("set_name", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "set_name() takes exactly one argument (%d given)", len(args))
		}
		s, err := vm.StrObj(t, args[0])
		if err != nil {
			return nil, err
		}
		tk.name = s
		return vm.None, nil
	}))
	typ.AddMethod("get_coro", taskMethod("get_coro", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		return tk.coro, nil
	}))
	typ.AddMethod("get_context", taskMethod("get_context", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.None, nil
	}))
	typ.AddMethod("cancelling", taskMethod("cancelling", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeInt(int64(tk.numCancels)), nil
	}))
	typ.AddMethod("uncancel", taskMethod("uncancel", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		if tk.numCancels > 0 {
			tk.numCancels--
		}
		return vm.MakeInt(int64(tk.numCancels)), nil
	}))
	typ.AddMethod("get_stack", taskMethod("get_stack", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		var frames []vm.Object
		if g := tk.gen(); g != nil && !g.Done() {
			name := "cr_frame"
			if !g.IsCoroutine() {
				name = "gi_frame"
			}
			if f := attr(t, tk.coro, name); f != nil && f != vm.None {
				frames = append(frames, f)
			}
		}
		return vm.NewList(frames), nil
	}))
	typ.AddMethod("print_stack", taskMethod("print_stack", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.None, printStack(t, tk)
	}))
	typ.Dict.SetStr("_coro", &vm.Property{Fget: vm.NewBuiltin("_coro", taskMethod("_coro", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		return tk.coro, nil
	}))})
	typ.Dict.SetStr("_fut_waiter", &vm.Property{Fget: vm.NewBuiltin("_fut_waiter", taskMethod("_fut_waiter", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		if tk.waiter == nil {
			return vm.None, nil
		}
		return tk.waiter, nil
	}))})
	typ.Dict.SetStr("_must_cancel", &vm.Property{Fget: vm.NewBuiltin("_must_cancel", taskMethod("_must_cancel", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeBool(tk.mustCancel), nil
	}))})
	typ.Dict.SetStr("_log_destroy_pending", &vm.Property{
		Fget: vm.NewBuiltin("_log_destroy_pending", taskMethod("_log_destroy_pending", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
			return vm.MakeBool(tk.logDestroyPending), nil
		})),
		Fset: vm.NewBuiltin("_log_destroy_pending", taskMethod("_log_destroy_pending", func(t *vm.Thread, tk *Task, args []vm.Object, kwnames []string) (vm.Object, error) {
			b, err := vm.Truthy(t, args[0])
			tk.logDestroyPending = b
			return vm.None, err
		})),
	})
	// Legacy class methods (removed in 3.9; the seed tutorials use them).
	vm.AddBuiltinClassMethod(typ, "all_tasks", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("all_tasks", args[1:], kwnames, 0, []string{"loop"}, nil)
		if err != nil {
			return nil, err
		}
		loop, err := loopArg(t, a[0])
		if err != nil {
			return nil, err
		}
		return loop.taskSet(t, true)
	})
	vm.AddBuiltinClassMethod(typ, "current_task", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("current_task", args[1:], kwnames, 0, []string{"loop"}, nil)
		if err != nil {
			return nil, err
		}
		loop, err := loopArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if loop.current == nil {
			return vm.None, nil
		}
		return loop.current, nil
	})
}

// printStack implements Task.print_stack() for the common case: the
// task's coroutine frame.
func printStack(t *vm.Thread, tk *Task) error {
	r, err := taskRepr(t, tk)
	if err != nil {
		return err
	}
	var sb strings.Builder
	if g := tk.gen(); g == nil || g.Done() {
		sb.WriteString("No stack for " + r.(*vm.Str).S + "\n")
	} else {
		sb.WriteString("Stack for " + r.(*vm.Str).S + " (most recent call last):\n")
		name := "cr_frame"
		if !g.IsCoroutine() {
			name = "gi_frame"
		}
		if f := attr(t, tk.coro, name); f != nil && f != vm.None {
			code, _ := attr(t, f, "f_code").(*vm.Code)
			line, _ := vm.AsInt64(attr(t, f, "f_lineno"))
			if code != nil {
				sb.WriteString("  File \"" + code.C.Filename + "\", line " + strconv.FormatInt(line, 10) + ", in " + code.C.Name + "\n")
				if src, ok := t.Interp.SourceLine(code.C.Filename, int(line)); ok {
					sb.WriteString("    " + strings.TrimSpace(src) + "\n")
				}
			}
		}
	}
	return writeStderr(t, sb.String())
}
