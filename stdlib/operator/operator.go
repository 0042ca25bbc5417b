package operator

// This file defines the registration of the embedded operator.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed operator.py
var source []byte

func init() {
	vm.RegisterSourceModule("operator", "<frozen operator>", source)
}
