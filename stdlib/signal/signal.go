package signal

// This file defines the registration of the embedded signal.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed signal.py
var source []byte

func init() {
	vm.RegisterSourceModule("signal", "<frozen signal>", source)
}
