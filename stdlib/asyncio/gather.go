package asyncio

// This file implements the engine of asyncio.gather (tasks_lib.py):
// _asyncio._gather(args, return_exceptions, cls) wraps each argument in a
// future (ensure_future; an argument given twice runs once), registers
// one done callback on each child and returns cls(children, loop=loop),
// the _GatheringFuture.
//
// All children share one callback, a *gatherState, a pyco callable that
// stands for CPython's gather.<locals>._done_callback closure. A pyco
// future with no other callback holds it without allocating (Future.cbs),
// so a gather costs nothing per child beyond the children list.

import (
	"strconv"

	"pyco/stdlib/asyncio/eventloop"
	"pyco/vm"
)

// gatherCallbackType is the type of a gather's done callback.
var gatherCallbackType = &vm.Type{Name: "_gather_callback", Module: "_asyncio", IsBuiltin: true, NoSubclass: true}

// A gatherState is one gather() call: its children, how many of them are
// still running, and the future it returned.
type gatherState struct {
	children  *vm.List  // the children in argument order (outer._children)
	outer     vm.Object // the _GatheringFuture; nil until made
	pending   int
	returnExc bool
}

func (*gatherState) Type() *vm.Type { return gatherCallbackType }

// gathering counts the gather() calls in progress (one may start inside
// another's, from pyco code that ensure_future or add_done_callback
// runs); only the outermost marks the futures it has seen.
var gathering int

// gatherArgs is _gather: gather(*args) for a non-empty args.
func gatherArgs(t *vm.Thread, args []vm.Object, returnExc bool, cls vm.Object) (vm.Object, error) {
	gs := &gatherState{returnExc: returnExc}
	children := make([]vm.Object, 0, len(args))
	gathering++
	useMarks := gathering == 1
	defer func() {
		gathering--
		if useMarks {
			for _, c := range children {
				if f := exactFuture(c); f != nil {
					f.gatherSeen = false
				}
			}
		}
	}()
	// Duplicates: pyco futures and tasks (identity hash and equality)
	// are marked; coroutines are looked up by identity; any other
	// argument by hash and equality, as CPython's dict does.
	var coros map[vm.Object]vm.Object
	var others *vm.Dict
	var loop vm.Object // the children's loop; nil until known
	for _, arg := range args {
		var child vm.Object
		af := exactFuture(arg)
		switch {
		case af != nil && useMarks:
			if af.gatherSeen {
				children = append(children, arg)
				continue
			}
		case af != nil:
			if coros == nil {
				coros = map[vm.Object]vm.Object{}
			}
			if c, ok := coros[arg]; ok {
				children = append(children, c)
				continue
			}
		default:
			if _, ok := arg.(*vm.Generator); ok {
				if c, ok := coros[arg]; ok {
					children = append(children, c)
					continue
				}
				break
			}
			if others != nil {
				c, ok, err := others.Get(t, arg)
				if err != nil {
					return nil, err
				}
				if ok {
					children = append(children, c)
					continue
				}
			}
		}
		var loopArgument *Loop
		if loop != nil {
			l, err := loopArg(t, loop)
			if err != nil {
				return nil, err
			}
			loopArgument = l
		}
		child, err := ensureFuture(t, arg, loopArgument)
		if err != nil {
			return nil, err
		}
		if loop == nil {
			if loop, err = loopOf(t, child); err != nil {
				return nil, err
			}
		}
		if child != arg {
			// Our own task: nobody else can be blamed if it is
			// destroyed while pending.
			if tk, ok := child.(*Task); ok {
				tk.logDestroyPending = false
			} else if err := vm.SetAttr(t, child, "_log_destroy_pending", vm.False); err != nil {
				if e, ok := err.(*vm.Exception); !ok || !e.IsInstance(vm.AttributeError) {
					return nil, err
				}
			}
		}
		gs.pending++
		switch {
		case af != nil && useMarks:
			af.gatherSeen = true // unmarked at the end, from children
		case af != nil:
			coros[arg] = child
		default:
			if _, ok := arg.(*vm.Generator); ok {
				if coros == nil {
					coros = map[vm.Object]vm.Object{}
				}
				coros[arg] = child
				break
			}
			if others == nil {
				others = vm.NewDict()
			}
			if err := others.Set(t, arg, child); err != nil {
				return nil, err
			}
		}
		children = append(children, child)
		if err := addDoneCallbackTo(t, child, gs); err != nil {
			return nil, err
		}
	}
	gs.children = vm.NewList(children)
	outer, err := t.Call(cls, []vm.Object{gs.children, orNone(loop)}, []string{"loop"})
	if err != nil {
		return nil, err
	}
	gs.outer = outer
	return outer, nil
}

// exactFuture returns the Future of o when o is a Future or Task of the
// builtin classes (identity hash and equality, builtin methods); or nil.
func exactFuture(o vm.Object) *Future {
	switch x := o.(type) {
	case *Future:
		if x.sub == nil {
			return x
		}
	case *Task:
		if x.sub == nil {
			return &x.Future
		}
	}
	return nil
}

// loopOf is tasks_lib._loop_of: the loop of a future-like object.
func loopOf(t *vm.Thread, fut vm.Object) (vm.Object, error) {
	if f := exactFuture(fut); f != nil {
		return orNoneLoop(f.loop), nil
	}
	if getter := attr(t, fut, "get_loop"); getter != nil {
		return t.Call(getter, nil, nil)
	}
	return vm.GetAttr(t, fut, "_loop")
}

// addDoneCallbackTo calls fut.add_done_callback(cb), directly when fut's
// method is the builtin one.
func addDoneCallbackTo(t *vm.Thread, fut vm.Object, cb vm.Object) error {
	if f := futureOf(fut); f != nil && (f.sub == nil || vm.LookupType(f.sub.cls, "add_done_callback") == futureAddDoneCallback) {
		return f.addDoneCallback(doneCallback{fn: cb})
	}
	_, err := vm.CallMethod(t, fut, "add_done_callback", []vm.Object{cb}, nil)
	return err
}

// futureAddDoneCallback is Future.add_done_callback (set by init).
var futureAddDoneCallback vm.Object

// childDone is the gather's done callback, called with a child that is
// done.
func (gs *gatherState) childDone(t *vm.Thread, child vm.Object) error {
	gs.pending--
	outer := futureOf(gs.outer)
	if outer == nil || outer.Done() {
		// Too late to matter; just mark the exception as retrieved.
		c, err := futCancelled(t, child)
		if err != nil || c {
			return err
		}
		_, err = futException(t, child)
		return err
	}
	if !gs.returnExc {
		c, err := futCancelled(t, child)
		if err != nil {
			return err
		}
		if c {
			exc, err := cancellationOf(t, child)
			if err != nil {
				return err
			}
			return setExceptionOn(t, gs.outer, exc)
		}
		exc, err := futException(t, child)
		if err != nil {
			return err
		}
		if exc != vm.None {
			return setExceptionOn(t, gs.outer, exc)
		}
	}
	if gs.pending != 0 {
		return nil
	}
	// Every child is done. Each one contributes its result, or (only
	// possible with return_exceptions) its exception, or a
	// CancelledError with its cancel message ('' when it has none).
	items := gs.children.Items
	results := make([]vm.Object, 0, len(items))
	for i := 0; i < len(gs.children.Items); i++ {
		c := gs.children.Items[i]
		cancelled, err := futCancelled(t, c)
		if err != nil {
			return err
		}
		if cancelled {
			var msg vm.Object
			if f := exactFuture(c); f != nil {
				msg = orNone(f.cancelMsg)
			} else if msg, err = vm.GetAttr(t, c, "_cancel_message"); err != nil {
				return err
			}
			if msg == vm.None {
				msg = vm.NewStr("")
			}
			results = append(results, vm.NewException(CancelledError, msg))
			continue
		}
		exc, err := futException(t, c)
		if err != nil {
			return err
		}
		if exc == vm.None {
			if exc, err = futResult(t, c); err != nil {
				return err
			}
		}
		results = append(results, exc)
	}
	req, err := vm.GetAttr(t, gs.outer, "_cancel_requested")
	if err != nil {
		return err
	}
	b, err := vm.Truthy(t, req)
	if err != nil {
		return err
	}
	if b {
		// gather() itself was cancelled: report it as the cancellation
		// of the last child in argument order.
		items := gs.children.Items
		if len(items) == 0 {
			return vm.Errorf(vm.IndexError, "list index out of range")
		}
		exc, err := cancellationOf(t, items[len(items)-1])
		if err != nil {
			return err
		}
		return setExceptionOn(t, gs.outer, exc)
	}
	return outer.SetResult(vm.NewList(results))
}

// futCancelled is fut.cancelled().
func futCancelled(t *vm.Thread, fut vm.Object) (bool, error) {
	if f := exactFuture(fut); f != nil {
		return f.state == stateCancelled, nil
	}
	r, err := vm.CallMethod(t, fut, "cancelled", nil, nil)
	if err != nil {
		return false, err
	}
	return vm.Truthy(t, r)
}

// futException is fut.exception().
func futException(t *vm.Thread, fut vm.Object) (vm.Object, error) {
	if f := exactFuture(fut); f != nil {
		return f.exception()
	}
	return vm.CallMethod(t, fut, "exception", nil, nil)
}

// futResult is fut.result().
func futResult(t *vm.Thread, fut vm.Object) (vm.Object, error) {
	if f := exactFuture(fut); f != nil {
		return f.Result()
	}
	return vm.CallMethod(t, fut, "result", nil, nil)
}

// cancellationOf is tasks_lib._cancellation_of: a CancelledError for the
// cancelled future fut, as awaiting it would raise.
func cancellationOf(t *vm.Thread, fut vm.Object) (vm.Object, error) {
	if f := exactFuture(fut); f != nil && f.state == stateCancelled {
		return f.makeCancelledError(), nil
	}
	if mk := attr(t, fut, "_make_cancelled_error"); mk != nil {
		return t.Call(mk, nil, nil)
	}
	c, err := futCancelled(t, fut)
	if err != nil {
		return nil, err
	}
	if c {
		_, err := futResult(t, fut)
		if e, ok := err.(*vm.Exception); ok && e.IsInstance(CancelledError) {
			return e, nil
		}
		if err != nil {
			return nil, err
		}
	}
	msg := attr(t, fut, "_cancel_message")
	if isNone(msg) {
		return vm.NewException(CancelledError), nil
	}
	return vm.NewException(CancelledError, msg), nil
}

// setExceptionOn is outer.set_exception(exc).
func setExceptionOn(t *vm.Thread, outer, exc vm.Object) error {
	f := futureOf(outer)
	if e, ok := exc.(*vm.Exception); ok && f != nil && e.Class != vm.StopIteration && vm.LookupType(outer.Type(), "set_exception") == futureSetException {
		if f.state != statePending {
			return vm.Errorf(InvalidStateError, "invalid state")
		}
		return f.SetException(e)
	}
	_, err := vm.CallMethod(t, outer, "set_exception", []vm.Object{exc}, nil)
	return err
}

// futureSetException is Future.set_exception (set by init).
var futureSetException vm.Object

// A gatherWake is a ready handle that runs a gather's callback for a
// child that is done (one allocation per child).
type gatherWake struct {
	h     eventloop.Handle
	gs    *gatherState
	child *Future
}

// Run runs the callback; exceptions go to the exception handler as from
// any callback.
func (w *gatherWake) Run() error {
	loop := w.child.loop
	t := loop.thread
	child := w.child.obj()
	err := w.gs.childDone(t, child)
	if err == nil {
		return nil
	}
	e := asException(err)
	if e.IsInstance(vm.KeyboardInterrupt) || e.IsInstance(vm.SystemExit) {
		return e
	}
	hd := &Handle{h: &w.h, loop: loop, cb: w.gs, args: []vm.Object{child}}
	return loop.handleError(t, hd, e)
}

// scheduleGather queues the gather callback gs for the done future f.
func (l *Loop) scheduleGather(f *Future, gs *gatherState) {
	w := &gatherWake{gs: gs, child: f}
	l.eng.InitHandle(&w.h, w)
	l.eng.Schedule(&w.h)
}

func init() {
	vm.RegisterType(gatherCallbackType)
	typ := gatherCallbackType
	typ.Call = func(t *vm.Thread, callee vm.Object, args []vm.Object, kwnames []string) (vm.Object, error) {
		if len(args) != 1 || len(kwnames) != 0 {
			return nil, vm.Errorf(vm.TypeError, "gather.<locals>._done_callback() takes 1 positional argument but %d were given", len(args)+len(kwnames))
		}
		return vm.None, callee.(*gatherState).childDone(t, args[0])
	}
	typ.Repr = func(t *vm.Thread, o vm.Object) (vm.Object, error) {
		return vm.NewStr("<function gather.<locals>._done_callback at 0x" + strconv.FormatUint(uint64(vm.ObjectID(o)), 16) + ">"), nil
	}
	typ.Hash = func(t *vm.Thread, o vm.Object) (int64, error) { return int64(vm.ObjectID(o) >> 4), nil }
	typ.GetAttrFallback = func(t *vm.Thread, o vm.Object, name string) (vm.Object, error) {
		switch name {
		case "__name__":
			return vm.NewStr("_done_callback"), nil
		case "__qualname__":
			return vm.NewStr("gather.<locals>._done_callback"), nil
		}
		return nil, vm.Errorf(vm.AttributeError, "'function' object has no attribute '%s'", name)
	}
	futureAddDoneCallback, _ = FutureType.Dict.GetStr("add_done_callback")
	futureSetException, _ = FutureType.Dict.GetStr("set_exception")
}
