// Package copy implements Python's copy module in Python (copy.py,
// embedded in the binary): shallow copy() and deepcopy() with a memo
// dictionary keyed by id().
//
// Immutable atoms (None, numbers, strings, bytes, types, functions, ...)
// are returned as they are; lists, dicts, sets, tuples and bytearrays are
// copied structurally; a class's __copy__ and __deepcopy__(memo) take
// precedence. Other instances are rebuilt the way pickle's protocol would:
// through the class's own __reduce_ex__/__reduce__ when it defines one,
// otherwise by cls.__new__(cls) followed by the instance state
// (__getstate__/__setstate__ when defined, else the __dict__ and the values
// of the set __slots__, as object.__getstate__ returns them), plus the
// items of list and dict subclasses. deepcopy records each new object in
// the memo before copying its contents, so shared and cyclic structures
// come out with the same shape.
package copy
