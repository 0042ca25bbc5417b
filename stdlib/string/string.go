package string

// This file defines the registration of the embedded string.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed string.py
var source []byte

func init() {
	vm.RegisterSourceModule("string", "<frozen string>", source)
}
