// Package operator implements Python's operator module in Python
// (operator.py, embedded in the binary): the operators as plain functions
// (add, getitem, lt, iadd, ...) with their dunder aliases (__add__, ...),
// and the callable classes itemgetter, attrgetter and methodcaller with
// CPython's reprs.
//
// Each function applies the Python operator itself (add is `a + b`), so
// operand dispatch, NotImplemented handling and error messages are the
// VM's own and match CPython. The in-place forms apply the augmented
// assignment to a local and return it. One known difference: calling a
// function with the wrong number of arguments reports the generic Python
// message (CPython's C functions say "add expected 2 arguments, got 1").
package operator
