package asyncio

// This file defines the event loop object (CPython's BaseEventLoop, shown
// as _UnixSelectorEventLoop) over the eventloop engine, and Handle and
// TimerHandle.

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"syscall"
	"time"

	"pyco/stdlib/asyncio/eventloop"
	"pyco/vm"
)

// The loop and handle types.
var (
	// AbstractEventLoopType is asyncio.AbstractEventLoop.
	AbstractEventLoopType = &vm.Type{Name: "AbstractEventLoop", Module: "asyncio.events", IsBuiltin: true}
	// BaseEventLoopType is asyncio.BaseEventLoop.
	BaseEventLoopType = &vm.Type{Name: "BaseEventLoop", Module: "asyncio.base_events", IsBuiltin: true, Bases: []*vm.Type{AbstractEventLoopType}}
	// SelectorEventLoopType is asyncio.SelectorEventLoop's base.
	SelectorEventLoopType = &vm.Type{Name: "BaseSelectorEventLoop", Module: "asyncio.selector_events", IsBuiltin: true, Bases: []*vm.Type{BaseEventLoopType}}
	// LoopType is the class of the loops pyco creates.
	LoopType = &vm.Type{Name: "_UnixSelectorEventLoop", Module: "asyncio.unix_events", IsBuiltin: true, Bases: []*vm.Type{SelectorEventLoopType}}
	// HandleType is asyncio.Handle.
	HandleType = &vm.Type{Name: "Handle", Module: "asyncio.events", IsBuiltin: true}
	// TimerHandleType is asyncio.TimerHandle.
	TimerHandleType = &vm.Type{Name: "TimerHandle", Module: "asyncio.events", IsBuiltin: true, Bases: []*vm.Type{HandleType}}
)

// origin is the time origin of every loop's clock, so that loop.time()
// is comparable across loops.
var origin = time.Now()

// A Loop is an asyncio event loop.
type Loop struct {
	cls    *vm.Type
	attrs  *vm.Dict
	eng    *eventloop.Loop
	thread *vm.Thread // the VM thread that runs the loop's callbacks

	closed     bool
	debug      bool
	excHandler vm.Object // set_exception_handler; or nil
	factory    vm.Object // set_task_factory; or nil

	current *Task // the task being stepped; or nil
	// tasks is the list of pending tasks, in order of creation, linked
	// through Task.prev and Task.next (a sentinel: tasks.next is the
	// first); ntasks counts them.
	tasks  Task
	ntasks int
	// deferredTasks: tasks were created while the loop ran, whose
	// coroutines' never-awaited tracking is deferred until it stops
	// (Task.init).
	deferredTasks bool
	// unretrieved lists futures that got an exception, to report those
	// never retrieved when the loop is closed.
	unretrieved []*Future

	sigHandlers map[int]*Handle // add_signal_handler
}

// Type returns the loop's class.
func (l *Loop) Type() *vm.Type {
	if l.cls != nil {
		return l.cls
	}
	return LoopType
}

// AttrDict returns the loop's attribute dict.
func (l *Loop) AttrDict(create bool) *vm.Dict {
	if l.attrs == nil && create {
		l.attrs = vm.NewDict()
	}
	return l.attrs
}

// NewLoop returns a new event loop run by thread t.
func NewLoop(t *vm.Thread) *Loop {
	return &Loop{
		eng:    eventloop.New(eventloop.NewRealClockAt(origin)),
		thread: t,
	}
}

func errClosed() error { return vm.Errorf(vm.RuntimeError, "Event loop is closed") }

func (l *Loop) checkClosed() error {
	if l.closed {
		return errClosed()
	}
	return nil
}

// Time returns loop.time(): seconds on the loop's monotonic clock.
func (l *Loop) Time() float64 { return l.eng.Now().Seconds() }

// registerTask adds a new task to the pending tasks.
func (l *Loop) registerTask(tk *Task) {
	if tk.prev != nil {
		return
	}
	head := &l.tasks
	if head.next == nil {
		head.next, head.prev = head, head
	}
	last := head.prev
	tk.prev, tk.next = last, head
	last.next = tk
	head.prev = tk
	l.ntasks++
}

// unregisterTask removes a finished task.
func (l *Loop) unregisterTask(tk *Task) {
	if tk.prev == nil {
		return
	}
	tk.prev.next = tk.next
	tk.next.prev = tk.prev
	tk.prev, tk.next = nil, nil
	l.ntasks--
}

// pendingTasks returns the pending tasks in creation order.
func (l *Loop) pendingTasks() []*Task {
	out := make([]*Task, 0, l.ntasks)
	head := &l.tasks
	if head.next == nil {
		return out
	}
	for tk := head.next; tk != head; tk = tk.next {
		out = append(out, tk)
	}
	return out
}

// taskSet returns the pending tasks as a set.
func (l *Loop) taskSet(t *vm.Thread, legacy bool) (vm.Object, error) {
	s, err := t.Call(vm.SetType, nil, nil)
	if err != nil {
		return nil, err
	}
	for _, tk := range l.pendingTasks() {
		if _, err := vm.CallMethod(t, s, "add", []vm.Object{tk}, nil); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// noteUnretrieved remembers a future whose exception may never be
// retrieved.
func (l *Loop) noteUnretrieved(f *Future) {
	l.unretrieved = append(l.unretrieved, f)
	if len(l.unretrieved) > 1024 {
		kept := l.unretrieved[:0]
		for _, u := range l.unretrieved {
			if u.logTraceback {
				kept = append(kept, u)
			}
		}
		for i := len(kept); i < len(l.unretrieved); i++ {
			l.unretrieved[i] = nil
		}
		l.unretrieved = kept
	}
}

// scheduleDone queues the done callback cb of the future f.
func (l *Loop) scheduleDone(f *Future, cb doneCallback) error {
	if l.closed {
		return errClosed()
	}
	switch {
	case cb.task != nil:
		cb.task.wakeUpOn(f)
	case cb.goFn != nil:
		l.eng.CallSoon(func() error { return cb.goFn(f) })
	default:
		if gs, ok := cb.fn.(*gatherState); ok {
			l.scheduleGather(f, gs)
			return nil
		}
		l.newHandle(cb.fn, []vm.Object{f.obj()}, false, 0)
	}
	return nil
}

// A Handle is the pyco object for a callback scheduled by call_soon,
// call_later or call_at.
type Handle struct {
	h     *eventloop.Handle
	loop  *Loop
	cb    vm.Object // nil once cancelled
	args  []vm.Object
	timer bool
}

// Type returns Handle or TimerHandle.
func (h *Handle) Type() *vm.Type {
	if h.timer {
		return TimerHandleType
	}
	return HandleType
}

// newHandle schedules cb(*args) and returns its handle; a timer when
// timer is true (at when, in seconds of loop time).
func (l *Loop) newHandle(cb vm.Object, args []vm.Object, timer bool, when float64) *Handle {
	hd := &Handle{loop: l, cb: cb, args: args, timer: timer}
	fn := func() error { return l.runHandle(hd) }
	if timer {
		hd.h = l.eng.CallAt(time.Duration(when*1e9), fn)
	} else {
		hd.h = l.eng.CallSoon(fn)
	}
	return hd
}

// runHandle runs a handle's callback; exceptions go to the exception
// handler, except KeyboardInterrupt and SystemExit, which end the run.
func (l *Loop) runHandle(hd *Handle) error {
	t := l.thread
	cb := hd.cb
	if cb == nil {
		return nil
	}
	_, err := t.Call(cb, hd.args, nil)
	if err == nil {
		return nil
	}
	e := asException(err)
	if e.IsInstance(vm.KeyboardInterrupt) || e.IsInstance(vm.SystemExit) {
		return e
	}
	return l.handleError(t, hd, e)
}

// handleError passes the exception e raised by the callback of hd to the
// exception handler.
func (l *Loop) handleError(t *vm.Thread, hd *Handle, e *vm.Exception) error {
	src, ferr := formatCallbackSource(t, hd.cb, hd.args)
	if ferr != nil {
		return ferr
	}
	ctx := vm.NewDict()
	ctx.SetStr("message", vm.NewStr("Exception in callback "+src))
	ctx.SetStr("exception", e)
	ctx.SetStr("handle", hd)
	return l.callExceptionHandler(t, ctx)
}

// handleRepr is the repr of handles: <Handle cb(1) at x.py:3>.
func handleRepr(t *vm.Thread, o vm.Object) (vm.Object, error) {
	hd := o.(*Handle)
	info := []string{hd.Type().Name}
	if hd.h.Cancelled() {
		info = append(info, "cancelled")
	}
	if hd.timer {
		if s, err := vm.Repr(t, vm.Float(hd.h.When().Seconds())); err == nil {
			info = append(info, "when="+s)
		}
	}
	if hd.cb != nil {
		s, err := formatCallbackSource(t, hd.cb, hd.args)
		if err != nil {
			return nil, err
		}
		info = append(info, s)
	}
	return vm.NewStr("<" + strings.Join(info, " ") + ">"), nil
}

// callExceptionHandler is loop.call_exception_handler(context).
func (l *Loop) callExceptionHandler(t *vm.Thread, ctx *vm.Dict) error {
	if l.excHandler == nil {
		if err := l.defaultExceptionHandler(t, ctx); err != nil {
			e := asException(err)
			if e.IsInstance(vm.KeyboardInterrupt) || e.IsInstance(vm.SystemExit) {
				return e
			}
			writeStderr(t, "Exception in default exception handler\n")
			var sb strings.Builder
			t.Interp.FormatException(t, &sb, e)
			writeStderr(t, sb.String())
		}
		return nil
	}
	if _, err := t.Call(l.excHandler, []vm.Object{l, ctx}, nil); err != nil {
		e := asException(err)
		if e.IsInstance(vm.KeyboardInterrupt) || e.IsInstance(vm.SystemExit) {
			return e
		}
		c2 := vm.NewDict()
		c2.SetStr("message", vm.NewStr("Unhandled error in exception handler"))
		c2.SetStr("exception", e)
		c2.SetStr("context", ctx)
		if err := l.defaultExceptionHandler(t, c2); err != nil {
			e := asException(err)
			if e.IsInstance(vm.KeyboardInterrupt) || e.IsInstance(vm.SystemExit) {
				return e
			}
		}
	}
	return nil
}

// defaultExceptionHandler logs the context the way CPython's
// default_exception_handler does through logging's last-resort handler:
// the message, the other keys sorted with their reprs, the traceback.
func (l *Loop) defaultExceptionHandler(t *vm.Thread, ctx *vm.Dict) error {
	msg := "Unhandled exception in event loop"
	if m, ok := ctx.GetStr("message"); ok {
		if s, ok := m.(*vm.Str); ok && s.S != "" {
			msg = s.S
		} else if ok2, _ := vm.Truthy(t, m); ok2 {
			s, err := vm.StrOf(t, m)
			if err != nil {
				return err
			}
			msg = s
		}
	}
	lines := []string{msg}
	var keys []string
	vals := map[string]vm.Object{}
	ctx.Items(func(k, v vm.Object) bool {
		if s, ok := k.(*vm.Str); ok {
			keys = append(keys, s.S)
			vals[s.S] = v
		}
		return true
	})
	sort.Strings(keys)
	for _, k := range keys {
		if k == "message" || k == "exception" {
			continue
		}
		r, err := vm.Repr(t, vals[k])
		if err != nil {
			return err
		}
		lines = append(lines, k+": "+r)
	}
	out := strings.Join(lines, "\n") + "\n"
	if e, ok := vals["exception"].(*vm.Exception); ok {
		var sb strings.Builder
		t.Interp.FormatException(t, &sb, e)
		out += sb.String()
	}
	return writeStderr(t, out)
}

// writeStderr writes s to sys.stderr.
func writeStderr(t *vm.Thread, s string) error {
	errObj, ok := t.Interp.Sys.Dict.GetStr("stderr")
	if !ok {
		_, err := os.Stderr.WriteString(s)
		return err
	}
	_, err := vm.CallMethod(t, errObj, "write", []vm.Object{vm.NewStr(s)}, nil)
	return err
}

// checkRunning raises CPython's errors for running a loop that runs, or
// while another loop runs.
func (l *Loop) checkRunning(t *vm.Thread) error {
	if l.eng.Running() {
		return vm.Errorf(vm.RuntimeError, "This event loop is already running")
	}
	if runningLoop(t) != nil {
		return vm.Errorf(vm.RuntimeError, "Cannot run the event loop while another loop is running")
	}
	return nil
}

// RunForever is loop.run_forever().
func (l *Loop) RunForever(t *vm.Thread) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if err := l.checkRunning(t); err != nil {
		return err
	}
	l.thread = t
	setRunningLoop(t, l)
	defer setRunningLoop(t, nil)
	defer l.trackUnstarted(t)
	if _, ok := l.sigHandlers[int(syscall.SIGINT)]; !ok {
		in := t.Interp
		l.eng.NotifySignal(os.Interrupt, func() error {
			// The SIGINT handler of cmd/pyco sets the interpreter's
			// pending interrupt; give it a moment to do so.
			for i := 0; i < 50; i++ {
				if in.TakeInterrupt() {
					return vm.NewException(vm.KeyboardInterrupt)
				}
				time.Sleep(time.Millisecond)
			}
			return nil
		})
		defer l.eng.StopSignal(os.Interrupt)
	}
	return l.eng.Run()
}

// trackUnstarted ends the deferred never-awaited tracking of the
// coroutines of the tasks created while the loop ran (Task.init): those
// that have not started are tracked as usual.
func (l *Loop) trackUnstarted(t *vm.Thread) {
	if !l.deferredTasks {
		return
	}
	l.deferredTasks = false
	for _, tk := range l.pendingTasks() {
		if g := tk.gen(); g != nil {
			t.TrackUnawaited(g)
		}
	}
}

// RunUntilComplete is loop.run_until_complete(future).
func (l *Loop) RunUntilComplete(t *vm.Thread, aw vm.Object) (vm.Object, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if err := l.checkRunning(t); err != nil {
		return nil, err
	}
	newTask := futureOf(aw) == nil
	fo, err := ensureFuture(t, aw, l)
	if err != nil {
		return nil, err
	}
	f := futureOf(fo)
	if f == nil {
		return nil, vm.Errorf(vm.TypeError, "An asyncio.Future, a coroutine or an awaitable is required")
	}
	if tk, ok := fo.(*Task); ok && newTask {
		tk.logDestroyPending = false
	}
	stopCb := func(f *Future) error {
		if f.state == stateFinished && f.exc != nil && (f.exc.IsInstance(vm.KeyboardInterrupt) || f.exc.IsInstance(vm.SystemExit)) {
			return nil
		}
		f.loop.eng.Stop()
		return nil
	}
	if err := f.addDoneCallback(doneCallback{goFn: stopCb}); err != nil {
		return nil, err
	}
	err = l.RunForever(t)
	// Remove the stop callback if still registered.
	cbs := f.callbackList()
	for i, cb := range cbs {
		if cb.goFn != nil {
			f.setCallbacks(append(cbs[:i], cbs[i+1:]...))
			break
		}
	}
	if err != nil {
		if newTask && f.state == stateFinished {
			f.logTraceback = false
		}
		return nil, err
	}
	if f.state == statePending {
		return nil, vm.Errorf(vm.RuntimeError, "Event loop stopped before Future completed.")
	}
	return f.Result()
}

// Close is loop.close(): it reports the tasks whose exception was never
// retrieved and the pending tasks (CPython reports them when they are
// garbage-collected), then drops every callback.
func (l *Loop) Close(t *vm.Thread) error {
	if l.eng.Running() {
		return vm.Errorf(vm.RuntimeError, "Cannot close a running event loop")
	}
	if l.closed {
		return nil
	}
	l.closed = true
	for _, f := range l.unretrieved {
		if !f.logTraceback {
			continue
		}
		f.logTraceback = false
		ctx := vm.NewDict()
		what := "Future"
		if f.isTask {
			what = "Task"
		}
		ctx.SetStr("message", vm.NewStr(what+" exception was never retrieved"))
		ctx.SetStr("exception", f.exc)
		ctx.SetStr("future", f.obj())
		if err := l.callExceptionHandler(t, ctx); err != nil {
			return err
		}
	}
	l.unretrieved = nil
	for _, tk := range l.pendingTasks() {
		if !tk.logDestroyPending {
			continue
		}
		ctx := vm.NewDict()
		ctx.SetStr("task", tk)
		ctx.SetStr("message", vm.NewStr("Task was destroyed but it is pending!"))
		if err := l.callExceptionHandler(t, ctx); err != nil {
			return err
		}
	}
	for _, hd := range l.sigHandlers {
		hd.h.Cancel()
	}
	l.sigHandlers = nil
	l.eng.Close()
	return nil
}

// CreateTask is loop.create_task(coro, name=None).
func (l *Loop) CreateTask(t *vm.Thread, coro, name vm.Object) (vm.Object, error) {
	if err := l.checkClosed(); err != nil {
		return nil, err
	}
	if l.factory != nil {
		tk, err := t.Call(l.factory, []vm.Object{l, coro}, nil)
		if err != nil {
			return nil, err
		}
		if !isNone(name) {
			if _, err := vm.CallMethod(t, tk, "set_name", []vm.Object{name}, nil); err != nil {
				return nil, err
			}
		}
		return tk, nil
	}
	return newTask(t, nil, l, coro, name)
}

// checkCallback is BaseEventLoop._check_callback.
func checkCallback(t *vm.Thread, cb vm.Object, method string) error {
	if isCoroutineObject(cb) || isCoroutineFunction(t, cb) {
		return vm.Errorf(vm.TypeError, "coroutines cannot be used with %s()", method)
	}
	if cb.Type().Call == nil && vm.LookupType(cb.Type(), "__call__") == nil {
		if _, ok := cb.(*vm.Type); !ok {
			s, err := vm.Repr(t, cb)
			if err != nil {
				return err
			}
			return vm.Errorf(vm.TypeError, "a callable object was expected by %s(), got %s", method, s)
		}
	}
	return nil
}

func loopArgOf(args []vm.Object, name string) (*Loop, error) {
	if len(args) > 0 {
		if l, ok := args[0].(*Loop); ok {
			return l, nil
		}
		return nil, vm.Errorf(vm.TypeError, "descriptor '%s' requires an event loop but received a '%s'", name, vm.TypeName(args[0]))
	}
	return nil, vm.Errorf(vm.TypeError, "descriptor '%s' needs an argument", name)
}

func loopMethod(name string, fn func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error)) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		l, err := loopArgOf(args, name)
		if err != nil {
			return nil, err
		}
		return fn(t, l, args[1:], kwnames)
	}
}

// toSeconds converts a delay or deadline to float seconds.
func toSeconds(t *vm.Thread, o vm.Object) (float64, error) {
	return vm.ToFloat(t, o)
}

func init() {
	vm.RegisterType(AbstractEventLoopType, BaseEventLoopType, SelectorEventLoopType, LoopType, HandleType, TimerHandleType)
	typ := BaseEventLoopType
	LoopType.New = func(t *vm.Thread, cls *vm.Type, args []vm.Object, kwnames []string) (vm.Object, error) {
		l := NewLoop(t)
		if cls != LoopType {
			l.cls = cls
		}
		return l, nil
	}
	LoopType.Init = func(t *vm.Thread, self vm.Object, args []vm.Object, kwnames []string) error { return nil }
	LoopType.Repr = func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		l := o.(*Loop)
		return vm.NewStr(fmt.Sprintf("<%s running=%s closed=%s debug=%s>", l.Type().Name, pyBool(l.eng.Running()), pyBool(l.closed), pyBool(l.debug))), nil
	}
	m := func(name string, fn func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error)) {
		typ.AddMethod(name, loopMethod(name, fn))
	}
	m("run_forever", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.None, l.RunForever(t)
	})
	m("run_until_complete", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("run_until_complete", args, kwnames, 1, []string{"future"}, nil)
		if err != nil {
			return nil, err
		}
		return l.RunUntilComplete(t, a[0])
	})
	m("stop", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		l.eng.Stop()
		return vm.None, nil
	})
	m("close", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.None, l.Close(t)
	})
	m("is_running", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeBool(l.eng.Running()), nil
	})
	m("is_closed", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeBool(l.closed), nil
	})
	m("get_debug", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeBool(l.debug), nil
	})
	m("set_debug", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "set_debug() takes exactly one argument")
		}
		b, err := vm.Truthy(t, args[0])
		l.debug = b
		return vm.None, err
	})
	m("time", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.Float(l.Time()), nil
	})
	callSoon := func(method string) func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
			pos, _, err := splitKw(method, args, kwnames, "context")
			if err != nil {
				return nil, err
			}
			if len(pos) < 1 {
				return nil, vm.Errorf(vm.TypeError, "%s() missing 1 required positional argument: 'callback'", method)
			}
			if err := l.checkClosed(); err != nil {
				return nil, err
			}
			if l.debug {
				if err := checkCallback(t, pos[0], "call_soon"); err != nil {
					return nil, err
				}
			}
			hd := l.newHandle(pos[0], append([]vm.Object(nil), pos[1:]...), false, 0)
			if method == "call_soon_threadsafe" {
				l.eng.Wake()
			}
			return hd, nil
		}
	}
	m("call_soon", callSoon("call_soon"))
	m("call_soon_threadsafe", callSoon("call_soon_threadsafe"))
	callAt := func(t *vm.Thread, l *Loop, when vm.Object, pos []vm.Object) (vm.Object, error) {
		w, err := toSeconds(t, when)
		if err != nil {
			return nil, err
		}
		if err := l.checkClosed(); err != nil {
			return nil, err
		}
		if l.debug {
			if err := checkCallback(t, pos[0], "call_at"); err != nil {
				return nil, err
			}
		}
		return l.newHandle(pos[0], append([]vm.Object(nil), pos[1:]...), true, w), nil
	}
	m("call_later", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		pos, _, err := splitKw("call_later", args, kwnames, "context")
		if err != nil {
			return nil, err
		}
		if len(pos) < 2 {
			return nil, vm.Errorf(vm.TypeError, "call_later() missing required positional arguments: 'delay' and 'callback'")
		}
		if pos[0] == vm.None {
			return nil, vm.Errorf(vm.TypeError, "delay must not be None")
		}
		d, err := toSeconds(t, pos[0])
		if err != nil {
			return nil, err
		}
		return callAt(t, l, vm.Float(l.Time()+d), pos[1:])
	})
	m("call_at", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		pos, _, err := splitKw("call_at", args, kwnames, "context")
		if err != nil {
			return nil, err
		}
		if len(pos) < 2 {
			return nil, vm.Errorf(vm.TypeError, "call_at() missing required positional arguments: 'when' and 'callback'")
		}
		if pos[0] == vm.None {
			return nil, vm.Errorf(vm.TypeError, "when cannot be None")
		}
		return callAt(t, l, pos[0], pos[1:])
	})
	m("create_future", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		return newFuture(l), nil
	})
	m("create_task", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("create_task", args, kwnames, 1, []string{"coro"}, []string{"name", "context"})
		if err != nil {
			return nil, err
		}
		return l.CreateTask(t, a[0], a[1])
	})
	m("set_task_factory", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "set_task_factory() takes exactly one argument")
		}
		l.factory = nil
		if args[0] != vm.None {
			l.factory = args[0]
		}
		return vm.None, nil
	})
	m("get_task_factory", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if l.factory == nil {
			return vm.None, nil
		}
		return l.factory, nil
	})
	m("set_exception_handler", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "set_exception_handler() takes exactly one argument")
		}
		h := args[0]
		if h == vm.None {
			l.excHandler = nil
			return vm.None, nil
		}
		if h.Type().Call == nil && vm.LookupType(h.Type(), "__call__") == nil {
			s, _ := vm.Repr(t, h)
			return nil, vm.Errorf(vm.TypeError, "A callable object or None is expected, got %s", s)
		}
		l.excHandler = h
		return vm.None, nil
	})
	m("get_exception_handler", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if l.excHandler == nil {
			return vm.None, nil
		}
		return l.excHandler, nil
	})
	m("default_exception_handler", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "default_exception_handler() takes exactly one argument")
		}
		ctx, ok := args[0].(*vm.Dict)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "context must be a dict")
		}
		return vm.None, l.defaultExceptionHandler(t, ctx)
	})
	m("call_exception_handler", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "call_exception_handler() takes exactly one argument")
		}
		ctx, ok := args[0].(*vm.Dict)
		if !ok {
			return nil, vm.Errorf(vm.TypeError, "context must be a dict")
		}
		return vm.None, l.callExceptionHandler(t, ctx)
	})
	done := func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		f := newFuture(l)
		f.state = stateFinished
		f.result = vm.None
		return f, nil
	}
	m("shutdown_asyncgens", done)
	m("shutdown_default_executor", done)
	m("add_signal_handler", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(kwnames) != 0 {
			return nil, vm.Errorf(vm.TypeError, "add_signal_handler() does not take keyword arguments")
		}
		if len(args) < 2 {
			return nil, vm.Errorf(vm.TypeError, "add_signal_handler() missing required arguments: 'sig' and 'callback'")
		}
		return vm.None, l.addSignalHandler(t, args[0], args[1], append([]vm.Object(nil), args[2:]...))
	})
	m("remove_signal_handler", func(t *vm.Thread, l *Loop, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "remove_signal_handler() takes exactly one argument")
		}
		n, err := vm.AsIndex(t, args[0])
		if err != nil {
			return nil, err
		}
		hd, ok := l.sigHandlers[n]
		if !ok {
			return vm.False, nil
		}
		hd.h.Cancel()
		delete(l.sigHandlers, n)
		l.eng.StopSignal(syscall.Signal(n))
		return vm.True, nil
	})

	HandleType.Repr = handleRepr
	HandleType.AddMethod("cancel", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		hd := args[0].(*Handle)
		if !hd.h.Cancelled() {
			hd.h.Cancel()
			hd.cb = nil
			hd.args = nil
		}
		return vm.None, nil
	})
	HandleType.AddMethod("cancelled", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeBool(args[0].(*Handle).h.Cancelled()), nil
	})
	HandleType.AddMethod("get_context", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.None, nil
	})
	TimerHandleType.AddMethod("when", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.Float(args[0].(*Handle).h.When().Seconds()), nil
	})
}

// addSignalHandler is loop.add_signal_handler(sig, callback, *args).
func (l *Loop) addSignalHandler(t *vm.Thread, sigObj, cb vm.Object, args []vm.Object) error {
	if err := l.checkClosed(); err != nil {
		return err
	}
	if isCoroutineObject(cb) || isCoroutineFunction(t, cb) {
		return vm.Errorf(vm.TypeError, "coroutines cannot be used with add_signal_handler()")
	}
	n, err := vm.AsIndex(t, sigObj)
	if err != nil {
		return err
	}
	if n < 1 || n >= 65 {
		return vm.Errorf(vm.ValueError, "sig %d out of range(1, 65)", n)
	}
	if n == int(syscall.SIGKILL) || n == int(syscall.SIGSTOP) {
		return vm.Errorf(vm.RuntimeError, "sig %d cannot be caught", n)
	}
	if l.sigHandlers == nil {
		l.sigHandlers = map[int]*Handle{}
	}
	hd := &Handle{loop: l, cb: cb, args: args}
	hd.h = l.eng.NewHandle(func() error { return l.runHandle(hd) })
	l.sigHandlers[n] = hd
	in := t.Interp
	l.eng.NotifySignal(syscall.Signal(n), func() error {
		if n == int(syscall.SIGINT) {
			// The handler replaces KeyboardInterrupt.
			for i := 0; i < 50 && !in.TakeInterrupt(); i++ {
				time.Sleep(time.Millisecond)
			}
		}
		if cur, ok := l.sigHandlers[n]; ok && cur == hd && !hd.h.Queued() {
			l.eng.Schedule(hd.h)
		}
		return nil
	})
	return nil
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
