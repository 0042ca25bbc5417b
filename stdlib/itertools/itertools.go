package itertools

// This file defines the registration of the embedded itertools.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed itertools.py
var source []byte

func init() {
	vm.RegisterSourceModule("itertools", "<frozen itertools>", source)
}
