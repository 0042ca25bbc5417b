package types

// This file defines the registration of the embedded types.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed types.py
var source []byte

func init() {
	vm.RegisterSourceModule("types", "<frozen types>", source)
}
