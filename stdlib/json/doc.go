// Package json implements Python's json module in Python (json.py,
// embedded in the binary).
//
// The encoder walks the value recursively, producing CPython's exact text:
// floats through float.__repr__ (NaN, Infinity and -Infinity unless
// allow_nan is false), ints through int.__repr__, strings escaped with the
// short escapes (\" \\ \n \r \t \b \f) and \uXXXX for other control
// characters and, with ensure_ascii, for everything outside printable
// ASCII (astral characters as surrogate pairs). indent, separators,
// sort_keys, skipkeys, default and the circular-reference check behave as
// in CPython, and dump() writes the same chunks to the file.
//
// The decoder is a recursive-descent parser over the string with an index,
// following the grammar and error positions of CPython's scanner, so that
// JSONDecodeError carries the same message, pos, lineno and colno
// ("Expecting value: line 1 column 1 (char 0)"). object_hook,
// object_pairs_hook, parse_float, parse_int, parse_constant and strict
// are supported. The json.encoder/json.decoder submodules are not.
package json
