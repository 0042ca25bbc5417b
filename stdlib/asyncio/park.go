package asyncio

// This file defines _asyncio._park(fut, queue): awaiting it is
//
//	try:
//	    return await fut
//	finally:
//	    queue.leave(fut)
//
// for the wait queues of the library layer (locks.py). A coroutine that
// suspends inside a try block costs the VM a finalizer record (vm
// genfinal.go), so that its finally block runs if it is abandoned; the
// leaving is done here instead, by the awaited iterator, when it is
// resumed, thrown into or closed (closing a coroutine closes what it
// awaits).

import "pyco/vm"

// parkIterType is the type of _park's awaitable. It is named like the
// iterator Future.__await__ returns, which it stands for (cr_await).
var parkIterType = &vm.Type{Name: "FutureIter", Module: "_asyncio", IsBuiltin: true, NoSubclass: true}

// parkIter awaits f, then calls q.leave(f).
type parkIter struct {
	f       *Future
	q       vm.Object // nil once left
	yielded bool
}

func (*parkIter) Type() *vm.Type { return parkIterType }

// leave calls q.leave(f) once.
func (it *parkIter) leave(t *vm.Thread) error {
	q := it.q
	if q == nil {
		return nil
	}
	it.q = nil
	_, err := vm.CallMethod(t, q, "leave", []vm.Object{it.f.obj()}, nil)
	return err
}

// next yields the future once (marking it blocking); once it is done,
// leaves the queue and returns its result by StopIteration.
func (it *parkIter) next(t *vm.Thread) (vm.Object, error) {
	f := it.f
	if it.q == nil {
		return nil, nil
	}
	if f.state == statePending && !it.yielded {
		it.yielded = true
		f.blocking = true
		return f.obj(), nil
	}
	if err := it.leave(t); err != nil {
		return nil, err
	}
	if f.state == statePending {
		return nil, vm.Errorf(vm.RuntimeError, "await wasn't used with future")
	}
	return f.finishAwait()
}

func parkIterArg(args []vm.Object) (*parkIter, error) {
	if len(args) > 0 {
		if it, ok := args[0].(*parkIter); ok {
			return it, nil
		}
	}
	return nil, vm.Errorf(vm.TypeError, "descriptor requires a '_asyncio.FutureIter' object")
}

func init() {
	vm.RegisterType(parkIterType)
	typ := parkIterType
	typ.Iter = func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o, nil }
	typ.Next = func(t *vm.Thread, o vm.Object) (vm.Object, error) { return o.(*parkIter).next(t) }
	typ.AddMethod("__await__", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return parkIterArg(args)
	})
	typ.AddMethod("send", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		it, err := parkIterArg(args)
		if err != nil {
			return nil, err
		}
		r, err := it.next(t)
		if err == nil && r == nil {
			return nil, vm.NewException(vm.StopIteration)
		}
		return r, err
	})
	// throw(exc): the exception is raised at the await, after leaving.
	typ.AddMethod("throw", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		it, err := parkIterArg(args)
		if err != nil {
			return nil, err
		}
		if len(args) < 2 {
			return nil, vm.Errorf(vm.TypeError, "throw expected at least 1 argument, got 0")
		}
		exc, err := toThrown(t, args[1])
		if err != nil {
			return nil, err
		}
		if err := it.leave(t); err != nil {
			return nil, err
		}
		return nil, exc
	})
	typ.AddMethod("close", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		it, err := parkIterArg(args)
		if err != nil {
			return nil, err
		}
		return vm.None, it.leave(t)
	})
}

// toThrown returns the exception throw(x) raises for x, an exception
// instance or class.
func toThrown(t *vm.Thread, x vm.Object) (*vm.Exception, error) {
	if e, ok := x.(*vm.Exception); ok {
		return e, nil
	}
	if cls, ok := x.(*vm.Type); ok {
		o, err := t.Call(cls, nil, nil)
		if err != nil {
			return nil, err
		}
		if e, ok := o.(*vm.Exception); ok {
			return e, nil
		}
	}
	return nil, vm.Errorf(vm.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", vm.TypeName(x))
}
