package asyncio

// This file defines the _asyncio module: its functions, types and
// exceptions, and __all__.

import (
	"pyco/vm"
)

// initModule fills the _asyncio module.
func initModule(t *vm.Thread, m *vm.Module) error {
	subs := make([]vm.Object, len(submodules))
	for i, s := range submodules {
		subs[i] = vm.NewStr(s)
	}
	m.Dict.SetStr("_submodules", vm.NewTuple(subs))
	all := []string{}
	export := func(name string, v vm.Object) {
		m.Dict.SetStr(name, v)
		if name[0] != '_' {
			all = append(all, name)
		}
	}
	export("CancelledError", CancelledError)
	export("InvalidStateError", InvalidStateError)
	export("SendfileNotAvailableError", SendfileNotAvailableError)
	export("IncompleteReadError", IncompleteReadError)
	export("LimitOverrunError", LimitOverrunError)
	export("TimeoutError", vm.TimeoutError)
	export("_get_running_loop", vm.NewBuiltin("_get_running_loop", func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		return vm.None, nil
	}))
	names := make([]vm.Object, len(all))
	for i, n := range all {
		names[i] = vm.NewStr(n)
	}
	m.Dict.SetStr("__all__", vm.NewList(names))
	return nil
}
