package asyncio

// This file defines the _asyncio module: the module-level functions
// (run, get_event_loop, ensure_future...), the per-thread running loop and
// current loop, and __all__.

import (
	"pyco/vm"
)

// Keys of the asyncio state in Thread.Locals.
const (
	keyRunning   = "asyncio.running_loop"
	keyLoop      = "asyncio.event_loop"
	keySetCalled = "asyncio.set_called"
)

// runningLoop returns the loop running on thread t; or nil.
func runningLoop(t *vm.Thread) *Loop {
	if t.Locals == nil {
		return nil
	}
	l, _ := t.Locals[keyRunning].(*Loop)
	return l
}

func setRunningLoop(t *vm.Thread, l *Loop) {
	if t.Locals == nil {
		t.Locals = map[string]vm.Object{}
	}
	if l == nil {
		delete(t.Locals, keyRunning)
		return
	}
	t.Locals[keyRunning] = l
}

// getRunningLoop is get_running_loop().
func getRunningLoop(t *vm.Thread) (*Loop, error) {
	if l := runningLoop(t); l != nil {
		return l, nil
	}
	return nil, vm.Errorf(vm.RuntimeError, "no running event loop")
}

// runningLoopArg returns the loop argument o of current_task and
// all_tasks: the running loop when o is None.
func runningLoopArg(t *vm.Thread, o vm.Object) (*Loop, error) {
	if isNone(o) {
		return getRunningLoop(t)
	}
	return loopArg(t, o)
}

// getEventLoop is get_event_loop(): the running loop, else the thread's
// current loop, created on first use unless set_event_loop was called.
func getEventLoop(t *vm.Thread) (*Loop, error) {
	if l := runningLoop(t); l != nil {
		return l, nil
	}
	if t.Locals == nil {
		t.Locals = map[string]vm.Object{}
	}
	if l, ok := t.Locals[keyLoop].(*Loop); ok {
		return l, nil
	}
	if _, set := t.Locals[keySetCalled]; !set && t == t.Interp.MainThread() {
		l := NewLoop(t)
		t.Locals[keyLoop] = l
		return l, nil
	}
	name := "MainThread"
	return nil, vm.Errorf(vm.RuntimeError, "There is no current event loop in thread '%s'.", name)
}

// setEventLoop is set_event_loop(loop).
func setEventLoop(t *vm.Thread, l *Loop) {
	if t.Locals == nil {
		t.Locals = map[string]vm.Object{}
	}
	t.Locals[keySetCalled] = vm.True
	if l == nil {
		delete(t.Locals, keyLoop)
		return
	}
	t.Locals[keyLoop] = l
}

// isCoroutineFunction is asyncio.iscoroutinefunction.
func isCoroutineFunction(t *vm.Thread, o vm.Object) bool {
	for i := 0; i < 100 && isPartial(o); i++ {
		o = attr(t, o, "func")
	}
	if m, ok := o.(*vm.Method); ok {
		o = m.Func
	}
	if fn, ok := o.(*vm.Function); ok && vm.IsCoroutineFunction(fn) {
		return true
	}
	if marker := attr(t, o, "_is_coroutine"); marker != nil && marker == isCoroutineMarker {
		return true
	}
	return false
}

// isCoroutineMarker is asyncio.coroutines._is_coroutine.
var isCoroutineMarker = vm.NewBuiltin("_is_coroutine", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	return vm.None, nil
})

// isFuture is asyncio.isfuture.
func isFuture(t *vm.Thread, o vm.Object) bool {
	if futureOf(o) != nil {
		return true
	}
	if _, ok := o.(*vm.Type); ok {
		return false
	}
	if vm.LookupType(o.Type(), "_asyncio_future_blocking") == nil {
		return false
	}
	b := attr(t, o, "_asyncio_future_blocking")
	return b != nil && b != vm.None
}

// ensureFuture is asyncio.ensure_future(obj, loop=loop); loop may be nil.
func ensureFuture(t *vm.Thread, o vm.Object, loop *Loop) (vm.Object, error) {
	if f := futureOf(o); f != nil {
		if loop != nil && loop != f.loop {
			return nil, vm.Errorf(vm.ValueError, "The future belongs to a different loop than the one specified as the loop argument")
		}
		return o, nil
	}
	if isFuture(t, o) {
		return o, nil
	}
	if !isCoroutineObject(o) {
		aw := vm.LookupType(o.Type(), "__await__")
		if aw == nil {
			return nil, vm.Errorf(vm.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
		}
		// Wrap the awaitable into a coroutine (tasks._wrap_awaitable).
		w, err := wrapAwaitable(t, o)
		if err != nil {
			return nil, err
		}
		o = w
	}
	if loop == nil {
		var err error
		loop, err = getEventLoop(t)
		if err != nil {
			return nil, err
		}
	}
	return loop.CreateTask(t, o, nil)
}

// wrapAwaitable calls asyncio._wrap_awaitable (asyncio.py) on o.
func wrapAwaitable(t *vm.Thread, o vm.Object) (vm.Object, error) {
	mod, err := t.ImportModule("asyncio")
	if err != nil {
		return nil, err
	}
	fn, err := vm.GetAttr(t, mod, "_wrap_awaitable")
	if err != nil {
		return nil, err
	}
	return t.Call(fn, []vm.Object{o}, nil)
}

// sleep0Type is the type of the awaitable returned by _sleep0().
var sleep0Type = &vm.Type{Name: "_sleep0", Module: "_asyncio", IsBuiltin: true, NoSubclass: true}

// sleep0 yields None once: a task that awaits it is rescheduled at the
// end of the ready queue (asyncio.sleep(0)).
type sleep0 struct{ done bool }

func (*sleep0) Type() *vm.Type { return sleep0Type }

// runTask is asyncio.run(main, debug=None).
func runMain(t *vm.Thread, main vm.Object, debug vm.Object) (vm.Object, error) {
	if runningLoop(t) != nil {
		return nil, vm.Errorf(vm.RuntimeError, "asyncio.run() cannot be called from a running event loop")
	}
	if g, ok := main.(*vm.Generator); !ok || !g.IsCoroutine() {
		if !isCoroutineObject(main) {
			s, err := vm.Repr(t, main)
			if err != nil {
				return nil, err
			}
			return nil, vm.Errorf(vm.ValueError, "a coroutine was expected, got %s", s)
		}
	}
	loop := NewLoop(t)
	if !isNone(debug) {
		b, err := vm.Truthy(t, debug)
		if err != nil {
			return nil, err
		}
		loop.debug = b
	}
	setEventLoop(t, loop)
	defer func() {
		cancelAll(t, loop)
		setEventLoop(t, nil)
		loop.Close(t)
	}()
	task, err := loop.CreateTask(t, main, nil)
	if err != nil {
		return nil, err
	}
	return loop.RunUntilComplete(t, task)
}

// cancelAll is asyncio.runners._cancel_all_tasks: cancel the pending
// tasks, run the loop until they are all done, report their exceptions.
func cancelAll(t *vm.Thread, loop *Loop) error {
	tasks := loop.pendingTasks()
	if len(tasks) == 0 {
		return nil
	}
	for _, tk := range tasks {
		if _, err := tk.cancel(nil); err != nil {
			return err
		}
	}
	all := newFuture(loop)
	remaining := len(tasks)
	for _, tk := range tasks {
		tk.addDoneCallback(doneCallback{goFn: func(f *Future) error {
			remaining--
			if remaining == 0 && all.state == statePending {
				return all.SetResult(vm.None)
			}
			return nil
		}})
	}
	if _, err := loop.RunUntilComplete(t, all); err != nil {
		return err
	}
	for _, tk := range tasks {
		if tk.state == stateCancelled || tk.exc == nil {
			continue
		}
		tk.logTraceback = false
		ctx := vm.NewDict()
		ctx.SetStr("message", vm.NewStr("unhandled exception during asyncio.run() shutdown"))
		ctx.SetStr("exception", tk.exc)
		ctx.SetStr("task", tk)
		if err := loop.callExceptionHandler(t, ctx); err != nil {
			return err
		}
	}
	return nil
}

// fn is a shorthand for a module function.
type fn = func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error)

// initModule fills the _asyncio module.
func initModule(t *vm.Thread, m *vm.Module) error {
	subs := make([]vm.Object, len(submodules))
	for i, s := range submodules {
		subs[i] = vm.NewStr(s)
	}
	m.Dict.SetStr("_submodules", vm.NewTuple(subs))
	all := []string{}
	export := func(name string, v vm.Object) {
		if b, ok := v.(*vm.Builtin); ok {
			b.Module = "asyncio"
		}
		m.Dict.SetStr(name, v)
		if name[0] != '_' {
			all = append(all, name)
		}
	}
	f := func(name string, body fn) { export(name, vm.NewBuiltin(name, body)) }

	export("CancelledError", CancelledError)
	export("InvalidStateError", InvalidStateError)
	export("SendfileNotAvailableError", SendfileNotAvailableError)
	export("IncompleteReadError", IncompleteReadError)
	export("LimitOverrunError", LimitOverrunError)
	export("TimeoutError", vm.TimeoutError)
	export("Future", FutureType)
	export("Task", TaskType)
	export("Handle", HandleType)
	export("TimerHandle", TimerHandleType)
	export("AbstractEventLoop", AbstractEventLoopType)
	export("BaseEventLoop", BaseEventLoopType)
	export("SelectorEventLoop", LoopType)
	export("_is_coroutine", isCoroutineMarker)

	f("_get_running_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if l := runningLoop(t); l != nil {
			return l, nil
		}
		return vm.None, nil
	})
	f("_set_running_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "_set_running_loop() takes exactly one argument")
		}
		l, _ := args[0].(*Loop)
		setRunningLoop(t, l)
		return vm.None, nil
	})
	f("get_running_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := noArgs("get_running_loop", args, kwnames); err != nil {
			return nil, err
		}
		return getRunningLoop(t)
	})
	f("get_event_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := noArgs("get_event_loop", args, kwnames); err != nil {
			return nil, err
		}
		return getEventLoop(t)
	})
	f("set_event_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "set_event_loop() takes exactly one argument (%d given)", len(args))
		}
		if args[0] == vm.None {
			setEventLoop(t, nil)
			return vm.None, nil
		}
		l, ok := args[0].(*Loop)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "loop must be an instance of AbstractEventLoop or None, not '%s'", vm.TypeName(args[0]))
		}
		setEventLoop(t, l)
		return vm.None, nil
	})
	f("new_event_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := noArgs("new_event_loop", args, kwnames); err != nil {
			return nil, err
		}
		return NewLoop(t), nil
	})
	f("run", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("run", args, kwnames, 1, []string{"main"}, []string{"debug"})
		if err != nil {
			return nil, err
		}
		return runMain(t, a[0], a[1])
	})
	f("ensure_future", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("ensure_future", args, kwnames, 1, []string{"coro_or_future"}, []string{"loop"})
		if err != nil {
			return nil, err
		}
		var loop *Loop
		if !isNone(a[1]) {
			if loop, err = loopArg(t, a[1]); err != nil {
				return nil, err
			}
		}
		return ensureFuture(t, a[0], loop)
	})
	f("create_task", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("create_task", args, kwnames, 1, []string{"coro"}, []string{"name", "context"})
		if err != nil {
			return nil, err
		}
		loop, err := getRunningLoop(t)
		if err != nil {
			return nil, err
		}
		// As CPython: the task gets a default name (using a number)
		// before it is renamed.
		tk, err := loop.CreateTask(t, a[0], nil)
		if err != nil || isNone(a[1]) {
			return tk, err
		}
		if err := setTaskName(t, tk, a[1]); err != nil {
			return nil, err
		}
		return tk, nil
	})
	f("current_task", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("current_task", args, kwnames, 0, []string{"loop"}, nil)
		if err != nil {
			return nil, err
		}
		loop, err := runningLoopArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if loop.current == nil {
			return vm.None, nil
		}
		return loop.current, nil
	})
	f("all_tasks", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("all_tasks", args, kwnames, 0, []string{"loop"}, nil)
		if err != nil {
			return nil, err
		}
		loop, err := runningLoopArg(t, a[0])
		if err != nil {
			return nil, err
		}
		return loop.taskSet(t, false)
	})
	f("isfuture", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "isfuture() takes exactly one argument")
		}
		return vm.MakeBool(isFuture(t, args[0])), nil
	})
	f("iscoroutine", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "iscoroutine() takes exactly one argument")
		}
		// CPython 3.11 counts plain generators as coroutines here.
		return vm.MakeBool(isCoroutineObject(args[0]) || args[0].Type() == vm.GeneratorType), nil
	})
	f("iscoroutinefunction", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "iscoroutinefunction() takes exactly one argument")
		}
		return vm.MakeBool(isCoroutineFunction(t, args[0])), nil
	})
	f("_mark_iterable_coroutine", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		fn, ok := args[0].(*vm.Function)
		return vm.MakeBool(ok && vm.MarkIterableCoroutine(fn)), nil
	})
	f("_set_result_unless_cancelled", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 2 {
			return nil, vm.Errorf(vm.TypeError, "_set_result_unless_cancelled() takes exactly 2 arguments")
		}
		if fu, ok := args[0].(*Future); ok && fu.sub == nil {
			if fu.state == stateCancelled {
				return vm.None, nil
			}
			return vm.None, fu.SetResult(args[1])
		}
		c, err := vm.CallMethod(t, args[0], "cancelled", nil, nil)
		if err != nil {
			return nil, err
		}
		if b, _ := vm.Truthy(t, c); b {
			return vm.None, nil
		}
		return vm.CallMethod(t, args[0], "set_result", []vm.Object{args[1]}, nil)
	})
	f("_sleep0", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return &sleep0{}, nil
	})
	f("_park", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 2 || len(kwnames) != 0 {
			return nil, vm.Errorf(vm.TypeError, "_park() takes exactly 2 arguments")
		}
		fu, ok := args[0].(*Future)
		if !ok {
			if tk, isTask := args[0].(*Task); isTask {
				fu = &tk.Future
			} else {
				return nil, vm.Errorf(vm.TypeError, "_park() expects a future, not %s", vm.TypeName(args[0]))
			}
		}
		return &parkIter{f: fu, q: args[1]}, nil
	})
	f("_gather", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 3 || len(kwnames) != 0 {
			return nil, vm.Errorf(vm.TypeError, "_gather() takes exactly 3 arguments")
		}
		tup, ok := args[0].(*vm.Tuple)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "_gather() expects a tuple, not %s", vm.TypeName(args[0]))
		}
		re, err := vm.Truthy(t, args[1])
		if err != nil {
			return nil, err
		}
		return gatherArgs(t, tup.Items, re, args[2])
	})
	f("_get_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "_get_loop() takes exactly one argument")
		}
		if fu := futureOf(args[0]); fu != nil {
			return orNoneLoop(fu.loop), nil
		}
		if m := attr(t, args[0], "get_loop"); m != nil {
			return t.Call(m, nil, nil)
		}
		return vm.GetAttr(t, args[0], "_loop")
	})

	names := make([]vm.Object, len(all))
	for i, n := range all {
		names[i] = vm.NewStr(n)
	}
	m.Dict.SetStr("__all__", vm.NewList(names))
	return nil
}

func orNoneLoop(l *Loop) vm.Object {
	if l == nil {
		return vm.None
	}
	return l
}

func init() {
	vm.RegisterType(sleep0Type)
	sleep0Type.Iter = func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o, nil }
	sleep0Type.Next = func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		s := o.(*sleep0)
		if s.done {
			return nil, nil
		}
		s.done = true
		return vm.None, nil
	}
	sleep0Type.AddMethod("__await__", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return args[0], nil
	})
	sleep0Type.AddMethod("send", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		r, err := sleep0Type.Next(t, args[0])
		if err == nil && r == nil {
			return nil, vm.NewException(vm.StopIteration)
		}
		return r, err
	})
}

// setTaskName calls task.set_name(name).
func setTaskName(t *vm.Thread, tk, name vm.Object) error {
	if task, ok := tk.(*Task); ok {
		s, err := vm.StrObj(t, name)
		if err != nil {
			return err
		}
		task.name = s
		return nil
	}
	_, err := vm.CallMethod(t, tk, "set_name", []vm.Object{name}, nil)
	return err
}
