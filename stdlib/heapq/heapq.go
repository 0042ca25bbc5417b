package heapq

// This file defines the registration of the embedded heapq.py.

import (
	_ "embed"

	"pyco/vm"
)

//go:embed heapq.py
var source []byte

func init() {
	vm.RegisterSourceModule("heapq", "<frozen heapq>", source)
}
