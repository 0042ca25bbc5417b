// Package heapq implements Python's heapq module in Python (heapq.py,
// embedded in the binary): binary min-heaps stored in plain lists.
//
// The sift routines follow the same strategy as CPython (heappop moves the
// last item to the root, walks the hole down along the smaller children to
// a leaf, then sifts the item back up), and compare only with `<`, so any
// list ends up in the same arrangement as under CPython and equal items
// come out in the same order. nlargest and nsmallest return what CPython
// documents them to be equivalent to (a stable sort, truncated); merge
// breaks ties between inputs in favour of the earlier iterable and is
// lazy.
package heapq
