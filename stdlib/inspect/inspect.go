package inspect

// This file defines the registration of the embedded inspect.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed inspect.py
var source []byte

func init() {
	vm.RegisterSourceModule("inspect", "<frozen inspect>", source)
}
