package vm

// This file defines list.sort: a stable merge sort driven by `<` on the
// items (or on their keys), with fast paths for lists of ints, floats or
// strs. Errors raised by comparisons or key functions stop the sort and
// propagate; as in CPython the list then holds a permutation of its items.

// SortList sorts l in place, like l.sort(key=key, reverse=reverse); key is
// nil for no key function.
func SortList(t *Thread, l *List, key Object, reverse bool) error {
	// As in CPython, the list appears empty while it is being sorted, and
	// a mutation during the sort is reported afterwards.
	items := l.Items
	l.Items = nil
	err := sortItems(t, items, key, reverse)
	mutated := l.Items != nil
	l.Items = items
	if err == nil && mutated {
		err = Errorf(ValueError, "list modified during sort")
	}
	return err
}

// sortItems sorts items in place.
func sortItems(t *Thread, items []Object, key Object, reverse bool) error {
	if len(items) < 2 {
		if len(items) == 1 && key != nil {
			_, err := t.Call(key, []Object{items[0]}, nil)
			return err
		}
		return nil
	}
	keys := items
	if key != nil {
		keys = make([]Object, len(items))
		for i, it := range items {
			k, err := t.Call(key, []Object{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	// Reversing before and after a stable sort keeps equal items in their
	// original order, as CPython does.
	if reverse {
		reverseItems(keys)
		if key != nil {
			reverseItems(items)
		}
	}
	s := sorter{t: t, keys: keys}
	if key != nil {
		s.vals = items
	}
	s.less = s.pickLess()
	err := s.sort()
	if reverse {
		reverseItems(keys)
		if key != nil {
			reverseItems(items)
		}
	}
	return err
}

// A sorter merge-sorts keys, moving vals (when non-nil) along with them.
type sorter struct {
	t    *Thread
	keys []Object
	vals []Object // or nil when the keys are the items
	less func(a, b Object) (bool, error)
	err  error
}

// pickLess chooses the comparison: a fast one when every key is an exact
// int, float or str, else the general `<`.
func (s *sorter) pickLess() func(a, b Object) (bool, error) {
	allInt, allFloat, allStr := true, true, true
	for _, k := range s.keys {
		switch x := k.(type) {
		case Int:
			allFloat, allStr = false, false
		case Float:
			allInt, allStr = false, false
		case *Str:
			allInt, allFloat = false, false
			if x.Type() != StrType {
				allStr = false
			}
		default:
			allInt, allFloat, allStr = false, false, false
		}
		if !allInt && !allFloat && !allStr {
			break
		}
	}
	switch {
	case allInt:
		return func(a, b Object) (bool, error) { return a.(Int) < b.(Int), nil }
	case allFloat:
		return func(a, b Object) (bool, error) { return a.(Float) < b.(Float), nil }
	case allStr:
		// UTF-8 byte order is code point order.
		return func(a, b Object) (bool, error) { return a.(*Str).S < b.(*Str).S, nil }
	}
	t := s.t
	return func(a, b Object) (bool, error) {
		r, err := RichCompare(t, a, b, OpLt)
		if err != nil {
			return false, err
		}
		if bv, ok := r.(Bool); ok {
			return bool(bv), nil
		}
		return Truthy(t, r)
	}
}

// sort runs the merge sort, stopping at the first error.
func (s *sorter) sort() error {
	n := len(s.keys)
	tmpK := make([]Object, n)
	var tmpV []Object
	if s.vals != nil {
		tmpV = make([]Object, n)
	}
	// Sort runs of minRun items by binary insertion, then merge bottom-up.
	const minRun = 16
	for lo := 0; lo < n; lo += minRun {
		hi := min(lo+minRun, n)
		if err := s.insertionSort(lo, hi); err != nil {
			return err
		}
	}
	for width := minRun; width < n; width *= 2 {
		for lo := 0; lo < n-width; lo += 2 * width {
			mid := lo + width
			hi := min(lo+2*width, n)
			if err := s.merge(lo, mid, hi, tmpK, tmpV); err != nil {
				return err
			}
		}
	}
	return nil
}

// insertionSort sorts keys[lo:hi] by binary insertion.
func (s *sorter) insertionSort(lo, hi int) error {
	for i := lo + 1; i < hi; i++ {
		k := s.keys[i]
		// Find the first position in [lo, i) whose key is greater than k.
		l, r := lo, i
		for l < r {
			m := int(uint(l+r) >> 1)
			lt, err := s.less(k, s.keys[m])
			if err != nil {
				return err
			}
			if lt {
				r = m
			} else {
				l = m + 1
			}
		}
		if l == i {
			continue
		}
		copy(s.keys[l+1:i+1], s.keys[l:i])
		s.keys[l] = k
		if s.vals != nil {
			v := s.vals[i]
			copy(s.vals[l+1:i+1], s.vals[l:i])
			s.vals[l] = v
		}
	}
	return nil
}

// merge merges the sorted runs [lo, mid) and [mid, hi).
func (s *sorter) merge(lo, mid, hi int, tmpK, tmpV []Object) error {
	// Already ordered?
	lt, err := s.less(s.keys[mid], s.keys[mid-1])
	if err != nil {
		return err
	}
	if !lt {
		return nil
	}
	copy(tmpK[lo:mid], s.keys[lo:mid])
	if s.vals != nil {
		copy(tmpV[lo:mid], s.vals[lo:mid])
	}
	i, j, k := lo, mid, lo
	for i < mid && j < hi {
		// Take from the right run only when strictly smaller: stability.
		lt, err := s.less(s.keys[j], tmpK[i])
		if err != nil {
			// Put back the pending left items so no item is lost.
			copy(s.keys[k:], tmpK[i:mid])
			if s.vals != nil {
				copy(s.vals[k:], tmpV[i:mid])
			}
			return err
		}
		if lt {
			s.keys[k] = s.keys[j]
			if s.vals != nil {
				s.vals[k] = s.vals[j]
			}
			j++
		} else {
			s.keys[k] = tmpK[i]
			if s.vals != nil {
				s.vals[k] = tmpV[i]
			}
			i++
		}
		k++
	}
	copy(s.keys[k:], tmpK[i:mid])
	if s.vals != nil {
		copy(s.vals[k:], tmpV[i:mid])
	}
	return nil
}
