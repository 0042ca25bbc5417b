package asyncio

// This file defines asyncio.Future (CPython's _asyncio.Future): a result
// that is not ready yet, with done callbacks scheduled on the loop, and
// its awaitable protocol (__await__ yields the future itself once, with
// _asyncio_future_blocking set, then returns its result).

import (
	"fmt"
	"strings"
	"unsafe"

	"pyco/vm"
)

// The states of a future.
type futState uint8

const (
	statePending futState = iota
	stateCancelled
	stateFinished
)

func (s futState) String() string {
	switch s {
	case stateCancelled:
		return "CANCELLED"
	case stateFinished:
		return "FINISHED"
	}
	return "PENDING"
}

// FutureType is asyncio.Future (_asyncio.Future).
var FutureType = &vm.Type{Name: "Future", Module: "_asyncio", IsBuiltin: true}

// futureIterType is the type of the iterator returned by Future.__await__.
var futureIterType = &vm.Type{Name: "FutureIter", Module: "_asyncio", IsBuiltin: true, NoSubclass: true}

// A doneCallback is one entry of a future's callback list: a pyco
// callable, a Go function, or a task to wake up.
type doneCallback struct {
	fn   vm.Object // the pyco callable; or nil
	ctx  vm.Object // its context argument; or nil
	goFn func(f *Future) error
	task *Task // the task waiting on the future; or nil
}

// A Future is an asyncio future. Tasks embed it (as their first field).
//
// The layout is kept small (80 bytes, a size class of its own): a
// program may have a pending future for each of many waiting tasks.
type Future struct {
	sub  *futureSub // instances of subclasses: the class and the attributes; or nil
	loop *Loop

	result vm.Object
	exc    *vm.Exception

	// cbs holds the done callbacks. A single callback, the common case,
	// costs no allocation: cbs is then the *Task waiting on the future, or
	// a pyco callable without a context (not a *Task). More callbacks, or
	// one of another kind, are a *[]doneCallback, in order. callbackList
	// turns a single one into a list.
	cbs any

	cancelMsg vm.Object // cancel(msg); or nil

	state futState
	// blocking is _asyncio_future_blocking: set by __await__ before it
	// yields the future to the task driving the coroutine.
	blocking bool
	// logTraceback is set while an exception was set and never
	// retrieved.
	logTraceback bool
	// isTask: the future is the Future of a Task (see task).
	isTask bool

	// gatherSeen marks a child already seen by the gather() in progress
	// (see gatherArgs).
	gatherSeen bool

	// Task fields that fit in this word's padding (see Task).
	mustCancel        bool
	logDestroyPending bool
	wokenByWaiter     bool
}

// A futureSub is the part of an instance of a subclass of Future or Task
// that builtin instances do without.
type futureSub struct {
	cls   *vm.Type // the pyco class
	attrs *vm.Dict // the attribute dict; or nil
}

// cls returns the pyco class of an instance of a subclass; or nil.
func (f *Future) cls() *vm.Type {
	if f.sub == nil {
		return nil
	}
	return f.sub.cls
}

// setClass records cls as the class of f unless it is base (the builtin
// class).
func (f *Future) setClass(cls, base *vm.Type) {
	if cls != nil && cls != base {
		f.sub = &futureSub{cls: cls}
	}
}

// task returns the task whose Future f is; or nil.
func (f *Future) task() *Task {
	if !f.isTask {
		return nil
	}
	// Future is the first field of Task.
	return (*Task)(unsafe.Pointer(f))
}

// obj returns the pyco object of f: the future itself or its task.
func (f *Future) obj() vm.Object {
	if f.isTask {
		return (*Task)(unsafe.Pointer(f))
	}
	return f
}

// single returns the done callback cbs holds when it holds one of its
// own (not a list).
func single(cbs any) (doneCallback, bool) {
	switch x := cbs.(type) {
	case nil, *[]doneCallback:
		return doneCallback{}, false
	case *Task:
		return doneCallback{task: x}, true
	case vm.Object:
		return doneCallback{fn: x}, true
	}
	panic("asyncio: bad done callback storage")
}

// numCallbacks returns the number of done callbacks.
func (f *Future) numCallbacks() int {
	if l, ok := f.cbs.(*[]doneCallback); ok {
		return len(*l)
	}
	if f.cbs == nil {
		return 0
	}
	return 1
}

// callbackList returns the done callbacks as one slice that the caller
// may change in place or replace with setCallbacks.
func (f *Future) callbackList() []doneCallback {
	if cb, ok := single(f.cbs); ok {
		l := []doneCallback{cb}
		f.cbs = &l
		return l
	}
	if l, ok := f.cbs.(*[]doneCallback); ok {
		return *l
	}
	return nil
}

// setCallbacks replaces the done callbacks.
func (f *Future) setCallbacks(cbs []doneCallback) {
	if len(cbs) == 0 {
		f.cbs = nil
		return
	}
	f.cbs = &cbs
}

// Type returns the future's class.
func (f *Future) Type() *vm.Type {
	if f.sub != nil {
		return f.sub.cls
	}
	return FutureType
}

// AttrDict returns the attribute dict (instances of subclasses).
func (f *Future) AttrDict(create bool) *vm.Dict {
	if f.sub == nil {
		return nil
	}
	if f.sub.attrs == nil && create {
		f.sub.attrs = vm.NewDict()
	}
	return f.sub.attrs
}

// futureOf returns the Future part of a future or task; or nil.
func futureOf(o vm.Object) *Future {
	switch x := o.(type) {
	case *Future:
		return x
	case *Task:
		return &x.Future
	}
	return nil
}

// newFuture returns a pending future on loop.
func newFuture(loop *Loop) *Future {
	return &Future{loop: loop}
}

// Done reports whether the future is finished or cancelled.
func (f *Future) Done() bool { return f.state != statePending }

// makeCancelledError returns the CancelledError to raise for a cancelled
// future (the task's own one when it has one).
func (f *Future) makeCancelledError() *vm.Exception {
	if tk := f.task(); tk != nil && tk.cancelledExc != nil {
		e := tk.cancelledExc
		tk.cancelledExc = nil
		return e
	}
	if f.cancelMsg == nil || f.cancelMsg == vm.None {
		return vm.NewException(CancelledError)
	}
	return vm.NewException(CancelledError, f.cancelMsg)
}

// Result implements result(): the result, or the exception raised.
func (f *Future) Result() (vm.Object, error) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, vm.Errorf(InvalidStateError, "Result is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		return nil, f.exc
	}
	return f.result, nil
}

// exception implements exception().
func (f *Future) exception() (vm.Object, error) {
	switch f.state {
	case stateCancelled:
		return nil, f.makeCancelledError()
	case statePending:
		return nil, vm.Errorf(InvalidStateError, "Exception is not set.")
	}
	f.logTraceback = false
	if f.exc != nil {
		return f.exc, nil
	}
	return vm.None, nil
}

// SetResult implements set_result.
func (f *Future) SetResult(v vm.Object) error {
	if f.state != statePending {
		return vm.Errorf(InvalidStateError, "invalid state")
	}
	f.result = v
	f.state = stateFinished
	return f.scheduleCallbacks()
}

// SetException implements set_exception with an exception instance.
func (f *Future) SetException(e *vm.Exception) error {
	if f.state != statePending {
		return vm.Errorf(InvalidStateError, "invalid state")
	}
	f.exc = e
	f.state = stateFinished
	f.logTraceback = true
	if f.loop != nil {
		f.loop.noteUnretrieved(f)
	}
	return f.scheduleCallbacks()
}

// Cancel implements Future.cancel(msg).
func (f *Future) Cancel(msg vm.Object) (bool, error) {
	f.logTraceback = false
	if f.state != statePending {
		return false, nil
	}
	f.state = stateCancelled
	f.cancelMsg = msg
	return true, f.scheduleCallbacks()
}

// scheduleCallbacks queues the done callbacks with call_soon.
func (f *Future) scheduleCallbacks() error {
	cbs := f.cbs
	f.cbs = nil
	if cb, ok := single(cbs); ok {
		return f.loop.scheduleDone(f, cb)
	}
	l, _ := cbs.(*[]doneCallback)
	if l == nil {
		return nil
	}
	for _, cb := range *l {
		if err := f.loop.scheduleDone(f, cb); err != nil {
			return err
		}
	}
	return nil
}

// addDoneCallback adds cb, or schedules it at once if the future is done.
func (f *Future) addDoneCallback(cb doneCallback) error {
	if f.state != statePending {
		return f.loop.scheduleDone(f, cb)
	}
	if f.cbs == nil {
		// One callback of its own: no allocation.
		if cb.task != nil {
			f.cbs = cb.task
			return nil
		}
		if cb.fn != nil && cb.ctx == nil {
			if _, isTask := cb.fn.(*Task); !isTask {
				f.cbs = cb.fn
				return nil
			}
		}
	}
	cbs := f.callbackList()
	f.setCallbacks(append(cbs, cb))
	return nil
}

// reprInfo returns the parts of the repr after the class name.
func (f *Future) reprInfo(t *vm.Thread) ([]string, error) {
	info := []string{strings.ToLower(f.state.String())}
	if f.state == stateFinished {
		if f.exc != nil {
			s, err := vm.Repr(t, f.exc)
			if err != nil {
				return nil, err
			}
			info = append(info, "exception="+s)
		} else {
			s, err := reprlibRepr(t, f.result)
			if err != nil {
				return nil, err
			}
			info = append(info, "result="+s)
		}
	}
	if cbs := f.callbackList(); len(cbs) > 0 {
		fmtCb := func(cb doneCallback) (string, error) {
			switch {
			case cb.task != nil:
				return "Task.task_wakeup()", nil
			case cb.goFn != nil:
				return "_run_until_complete_cb()", nil
			}
			return formatCallbackSource(t, cb.fn, nil)
		}
		first, err := fmtCb(cbs[0])
		if err != nil {
			return nil, err
		}
		s := first
		if n := len(cbs); n >= 2 {
			last, err := fmtCb(cbs[n-1])
			if err != nil {
				return nil, err
			}
			if n == 2 {
				s = first + ", " + last
			} else {
				s = fmt.Sprintf("%s, <%d more>, %s", first, n-2, last)
			}
		}
		info = append(info, "cb=["+s+"]")
	}
	return info, nil
}

// futureInit implements Future.__init__(*, loop=None).
func futureInit(t *vm.Thread, self vm.Object, args []vm.Object, kwnames []string) error {
	f := futureOf(self)
	a, err := parseArgs("Future", args, kwnames, 0, nil, []string{"loop"})
	if err != nil {
		return err
	}
	loop, err := loopArg(t, a[0])
	if err != nil {
		return err
	}
	f.loop = loop
	return nil
}

// loopArg returns the loop given as loop=, or the current event loop.
func loopArg(t *vm.Thread, o vm.Object) (*Loop, error) {
	if isNone(o) {
		return getEventLoop(t)
	}
	l, ok := o.(*Loop)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "pyco's asyncio supports only its own event loops, not %s", vm.TypeName(o))
	}
	return l, nil
}

// futureIter is the iterator of Future.__await__ / __iter__.
type futureIter struct {
	f       *Future
	yielded bool
}

func (*futureIter) Type() *vm.Type { return futureIterType }

// next yields the future once (marking it blocking), then returns its
// result by StopIteration.
func (it *futureIter) next(t *vm.Thread) (vm.Object, error) {
	f := it.f
	if f == nil {
		return nil, nil
	}
	if f.state == statePending {
		if !it.yielded {
			it.yielded = true
			f.blocking = true
			return f.obj(), nil
		}
		return nil, vm.Errorf(vm.RuntimeError, "await wasn't used with future")
	}
	it.f = nil
	return f.finishAwait()
}

// finishAwait ends an await of the done future f, as an iterator's
// __next__: its exception is raised, its result returned by StopIteration
// (a None result by plain exhaustion).
func (f *Future) finishAwait() (vm.Object, error) {
	r, err := f.Result()
	if err != nil {
		return nil, err
	}
	if r == vm.None {
		return nil, nil
	}
	return nil, vm.NewException(vm.StopIteration, r)
}

func futArg(args []vm.Object, name string) (*Future, error) {
	if len(args) > 0 {
		if f := futureOf(args[0]); f != nil {
			return f, nil
		}
		return nil, vm.Errorf(vm.TypeError, "descriptor '%s' requires a '_asyncio.Future' object but received a '%s'", name, vm.TypeName(args[0]))
	}
	return nil, vm.Errorf(vm.TypeError, "descriptor '%s' needs an argument", name)
}

// futureMethod wraps a method body taking the future and the remaining
// arguments.
func futureMethod(name string, fn func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error)) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		f, err := futArg(args, name)
		if err != nil {
			return nil, err
		}
		return fn(t, f, args[1:], kwnames)
	}
}

// noArgs checks that a method got no arguments.
func noArgs(name string, args []vm.Object, kwnames []string) error {
	if len(args) != 0 {
		return vm.Errorf(vm.TypeError, "%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

// futureRepr is the repr of futures: <Future pending cb=[...]>.
func futureRepr(t *vm.Thread, o vm.Object) (vm.Object, error) {
	if tk, ok := o.(*Task); ok {
		return taskRepr(t, tk)
	}
	f := futureOf(o)
	info, err := f.reprInfo(t)
	if err != nil {
		return nil, err
	}
	return vm.NewStr("<" + o.Type().Name + " " + strings.Join(info, " ") + ">"), nil
}

func init() {
	vm.RegisterType(FutureType, futureIterType)
	typ := FutureType
	typ.New = func(t *vm.Thread, cls *vm.Type, args []vm.Object, kwnames []string) (vm.Object, error) {
		f := &Future{}
		f.setClass(cls, FutureType)
		return f, nil
	}
	typ.Init = futureInit
	typ.Repr = futureRepr
	typ.Hash = func(t *vm.Thread, o vm.Object) (int64, error) { return int64(vm.ObjectID(o) >> 4), nil }
	futureIterType.Iter = func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o, nil }
	futureIterType.Next = func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o.(*futureIter).next(t) }
	futureIterType.AddMethod("send", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return args[0].(*futureIter).next(t)
	})
	await := futureMethod("__await__", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		return &futureIter{f: f}, nil
	})
	typ.Iter = func(t *vm.Thread, o vm.Object) (vm.Object, error) { return &futureIter{f: futureOf(o)}, nil }
	typ.AddMethod("__await__", await)
	typ.AddMethod("__iter__", await)
	typ.AddMethod("result", futureMethod("result", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := noArgs("result", args, kwnames); err != nil {
			return nil, err
		}
		return f.Result()
	}))
	typ.AddMethod("exception", futureMethod("exception", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := noArgs("exception", args, kwnames); err != nil {
			return nil, err
		}
		return f.exception()
	}))
	typ.AddMethod("done", futureMethod("done", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeBool(f.state != statePending), nil
	}))
	typ.AddMethod("cancelled", futureMethod("cancelled", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.MakeBool(f.state == stateCancelled), nil
	}))
	typ.AddMethod("get_loop", futureMethod("get_loop", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		return f.loop, nil
	}))
	typ.AddMethod("set_result", futureMethod("set_result", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 || len(kwnames) != 0 {
			return nil, vm.Errorf(vm.TypeError, "set_result() takes exactly one argument (%d given)", len(args))
		}
		if f.isTask {
			return nil, vm.Errorf(vm.RuntimeError, "Task does not support set_result operation")
		}
		return vm.None, f.SetResult(args[0])
	}))
	typ.AddMethod("set_exception", futureMethod("set_exception", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 || len(kwnames) != 0 {
			return nil, vm.Errorf(vm.TypeError, "set_exception() takes exactly one argument (%d given)", len(args))
		}
		if f.isTask {
			return nil, vm.Errorf(vm.RuntimeError, "Task does not support set_exception operation")
		}
		if f.state != statePending {
			return nil, vm.Errorf(InvalidStateError, "invalid state")
		}
		e, err := toException(t, args[0])
		if err != nil {
			return nil, err
		}
		return vm.None, f.SetException(e)
	}))
	typ.AddMethod("cancel", futureMethod("cancel", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("cancel", args, kwnames, 0, []string{"msg"}, nil)
		if err != nil {
			return nil, err
		}
		if tk := f.task(); tk != nil {
			r, err := tk.cancel(a[0])
			return vm.MakeBool(r), err
		}
		r, err := f.Cancel(a[0])
		return vm.MakeBool(r), err
	}))
	typ.AddMethod("add_done_callback", futureMethod("add_done_callback", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		a, err := parseArgs("add_done_callback", args, kwnames, 1, []string{"fn"}, []string{"context"})
		if err != nil {
			return nil, err
		}
		return vm.None, f.addDoneCallback(doneCallback{fn: a[0], ctx: a[1]})
	}))
	typ.AddMethod("remove_done_callback", futureMethod("remove_done_callback", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 {
			return nil, vm.Errorf(vm.TypeError, "remove_done_callback() takes exactly one argument (%d given)", len(args))
		}
		cbs := f.callbackList()
		kept := cbs[:0]
		n := 0
		for _, cb := range cbs {
			if cb.fn != nil {
				eq, err := vm.Equal(t, cb.fn, args[0])
				if err != nil {
					return nil, err
				}
				if eq {
					n++
					continue
				}
			}
			kept = append(kept, cb)
		}
		clear(cbs[len(kept):])
		f.setCallbacks(kept)
		return vm.MakeInt(int64(n)), nil
	}))
	typ.AddMethod("__class_getitem__", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return args[0], nil
	})
	blocking := &vm.Property{
		Fget: vm.NewBuiltin("_asyncio_future_blocking", futureMethod("_asyncio_future_blocking", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
			return vm.MakeBool(f.blocking), nil
		})),
		Fset: vm.NewBuiltin("_asyncio_future_blocking", futureMethod("_asyncio_future_blocking", func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
			b, err := vm.Truthy(t, args[0])
			if err != nil {
				return nil, err
			}
			f.blocking = b
			return vm.None, nil
		})),
	}
	typ.Dict.SetStr("_asyncio_future_blocking", blocking)
	getter := func(name string, get func(t *vm.Thread, f *Future) vm.Object) {
		typ.Dict.SetStr(name, &vm.Property{Fget: vm.NewBuiltin(name, futureMethod(name, func(t *vm.Thread, f *Future, args []vm.Object, kwnames []string) (vm.Object, error) {
			return get(t, f), nil
		}))})
	}
	getter("_state", func(t *vm.Thread, f *Future) vm.Object { return vm.NewStr(f.state.String()) })
	getter("_loop", func(t *vm.Thread, f *Future) vm.Object { return orNone(f.loop) })
	getter("_result", func(t *vm.Thread, f *Future) vm.Object { return orNone(f.result) })
	getter("_exception", func(t *vm.Thread, f *Future) vm.Object { return orNone(f.exc) })
	getter("_log_traceback", func(t *vm.Thread, f *Future) vm.Object { return vm.MakeBool(f.logTraceback) })
	getter("_cancel_message", func(t *vm.Thread, f *Future) vm.Object { return orNone(f.cancelMsg) })
	getter("_callbacks", func(t *vm.Thread, f *Future) vm.Object {
		if f.cbs == nil {
			return vm.None
		}
		var items []vm.Object
		for _, cb := range f.callbackList() {
			if cb.fn != nil {
				items = append(items, vm.NewTuple([]vm.Object{cb.fn, orNone(cb.ctx)}))
			}
		}
		return vm.NewList(items)
	})
}

// orNone returns o, or None for a nil value.
func orNone[T vm.Object](o T) vm.Object {
	var v vm.Object = o
	if v == nil {
		return vm.None
	}
	switch x := v.(type) {
	case *Loop:
		if x == nil {
			return vm.None
		}
	case *vm.Exception:
		if x == nil {
			return vm.None
		}
	}
	return v
}

// toException converts set_exception's argument (a class or an
// instance) to an exception instance.
func toException(t *vm.Thread, o vm.Object) (*vm.Exception, error) {
	if cls, ok := o.(*vm.Type); ok {
		inst, err := t.Call(cls, nil, nil)
		if err != nil {
			return nil, err
		}
		o = inst
	}
	e, ok := o.(*vm.Exception)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "exception must be a BaseException instance, not %s", vm.TypeName(o))
	}
	if e.Class == vm.StopIteration {
		return nil, vm.Errorf(vm.TypeError, "StopIteration interacts badly with generators and cannot be raised into a Future")
	}
	return e, nil
}
