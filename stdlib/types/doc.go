// Package types implements Python's types module in Python (types.py,
// embedded): the names of the interpreter's internal types, obtained from
// sample objects as CPython's Lib/types.py does, and SimpleNamespace.
package types
