package random

// This file defines the embedded random.py, registered from mt.go's init.

import _ "embed"

// source is random.py: the Random class and the module-level functions.
//
//go:embed random.py
var source []byte
