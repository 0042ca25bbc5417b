package bisect

// This file defines the registration of the embedded bisect.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed bisect.py
var source []byte

func init() {
	vm.RegisterSourceModule("bisect", "<frozen bisect>", source)
}
