// Package itertools implements Python's itertools module in Python
// (itertools.py, embedded in the binary).
//
// Every iterator is a class with __iter__ and __next__, so that type()
// and repr() look like CPython's (itertools.count, repeat(1, 3), ...),
// while the element logic of most of them is a private generator held by
// the instance: __next__ just advances it. All iterators are lazy: an
// argument iterable is consumed only as results are requested, and errors
// from it (not iterable, exceptions while iterating) surface at the same
// call as in CPython. Argument checking happens at construction time,
// with CPython's messages.
//
// groupby shares one source iterator between the grouper and its groups:
// a group is valid only until the grouper advances, as in CPython. tee
// keeps the values not yet seen by every copy in a shared linked list of
// cells, so memory is bounded by the lag between the copies.
package itertools
