package functools

// This file defines the registration of the embedded functools.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed functools.py
var source []byte

func init() {
	vm.RegisterSourceModule("functools", "<frozen functools>", source)
}
