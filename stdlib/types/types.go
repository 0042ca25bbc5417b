package types

// This file defines the registration of the embedded types.py and the
// _types helper module it uses (what CPython's types.coroutine does by
// replacing a code object's flags).

import (
	_ "embed"

	"pyco/vm"
)

//go:embed types.py
var source []byte

func init() {
	vm.RegisterModule("_types", initHelpers)
	vm.RegisterSourceModule("types", "<frozen types>", source)
}

// initHelpers fills _types with mark_iterable_coroutine(func): for a
// generator function, set CO_ITERABLE_COROUTINE on its code (so that its
// generators can be awaited) and return True; for anything else return
// False.
func initHelpers(t *vm.Thread, m *vm.Module) error {
	m.Dict.SetStr("mark_iterable_coroutine", vm.NewBuiltin("mark_iterable_coroutine",
		func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
			if len(args) != 1 || len(kwnames) != 0 {
				return nil, vm.Errorf(vm.TypeError, "mark_iterable_coroutine() takes exactly one argument")
			}
			fn, ok := args[0].(*vm.Function)
			if !ok {
				return vm.False, nil
			}
			return vm.MakeBool(vm.MarkIterableCoroutine(fn)), nil
		}))
	return nil
}
