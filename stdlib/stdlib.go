package stdlib

// This file defines the list of standard-library modules, as blank imports.

import (
	_ "pyco/stdlib/asyncio"
	_ "pyco/stdlib/bisect"
	_ "pyco/stdlib/collections"
	_ "pyco/stdlib/copy"
	_ "pyco/stdlib/functools"
	_ "pyco/stdlib/heapq"
	_ "pyco/stdlib/inspect"
	_ "pyco/stdlib/itertools"
	_ "pyco/stdlib/json"
	_ "pyco/stdlib/math"
	_ "pyco/stdlib/operator"
	_ "pyco/stdlib/os"
	_ "pyco/stdlib/random"
	_ "pyco/stdlib/signal"
	_ "pyco/stdlib/string"
	"pyco/stdlib/sys"
	_ "pyco/stdlib/time"
	_ "pyco/stdlib/types"
)

// Version is pyco's own version.
const Version = sys.PycoVersion

// PythonVersion is the CPython version whose behaviour pyco follows.
const PythonVersion = sys.PythonVersion
