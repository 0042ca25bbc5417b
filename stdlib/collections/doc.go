// Package collections implements Python's collections module in Python
// (collections.py, embedded in the binary): namedtuple, deque,
// defaultdict, OrderedDict, Counter and ChainMap.
//
// The classes subclass the builtin dict and tuple and use only plain
// Python (classes, closures, generators); namedtuple builds its class with
// a class statement instead of CPython's exec of generated source. deque is
// two Python lists back to back (the left one reversed), which gives
// amortised O(1) operations at both ends.
package collections
