// Package inspect implements the part of Python's inspect module that
// programs about generators and coroutines use (inspect.py, embedded):
// the is* predicates, getgeneratorstate and getcoroutinestate, and the
// CO_* code flags.
package inspect
