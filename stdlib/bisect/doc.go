// Package bisect implements Python's bisect module in Python (bisect.py,
// embedded in the binary): binary search over sorted sequences
// (bisect_left, bisect_right) and sorted insertion (insort_left,
// insort_right), with the optional key= of Python 3.10+ applied to the
// sequence's items (and, for insort, to the inserted value). Like
// CPython's, the search compares only with `<`, and it accesses the
// sequence by indexing, so it works on any sequence supporting len() and
// [].
package bisect
