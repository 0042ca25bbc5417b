package collections

// This file defines the registration of the embedded collections.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed collections.py
var source []byte

func init() {
	vm.RegisterSourceModule("collections", "<frozen collections>", source)
}
