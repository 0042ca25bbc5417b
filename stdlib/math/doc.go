// Package math implements Python's math module: the constants, the float
// functions of the C library with CPython's domain and range errors, and the
// exact integer functions (gcd, factorial, comb, isqrt, ...) on big ints.
//
// Float functions accept any real number (int, bool, float, or an object
// with __float__ or __index__); integer functions accept ints and objects
// with __index__, and return ints normalised to vm.Int when they fit.
package math
