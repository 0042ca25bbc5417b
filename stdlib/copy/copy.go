package copy

// This file defines the registration of the embedded copy.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed copy.py
var source []byte

func init() {
	vm.RegisterSourceModule("copy", "<frozen copy>", source)
}
