// Package time implements Python's time module.
//
// The module is split in two, as CPython splits some of its own: the Go
// module _time holds the clocks, sleep and the calendar conversions, and
// works on plain 11-tuples (the nine struct_time fields, then tm_zone and
// tm_gmtoff); the Python module time (time.py, embedded) defines the
// struct_time class, a tuple subclass with named fields, and wraps the
// functions that produce or consume it.
//
// strftime implements the directives of the C library in the C locale
// itself, so output does not depend on the host.
package time
