package collections

// This file defines the registration of the embedded collections.py and
// of collections.abc (abc.py).

import (
	_ "embed"

	"pyco/vm"
)

//go:embed collections.py
var source []byte

//go:embed abc.py
var abcSource []byte

func init() {
	vm.RegisterSourceModule("collections", "<frozen collections>", source)
	// Registering collections.abc makes collections a package.
	vm.RegisterSourceModule("collections.abc", "<frozen _collections_abc>", abcSource)
}
