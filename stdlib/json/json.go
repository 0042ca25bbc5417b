package json

// This file defines the registration of the embedded json.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed json.py
var source []byte

func init() {
	vm.RegisterSourceModule("json", "<frozen json>", source)
}
