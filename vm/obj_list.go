package vm

// This file defines list: the List type, its methods, and its slots. It
// also holds the helpers shared by the sequence types: lexicographic
// comparison, the repr recursion guard, and conversion of an iterable to
// a slice of items.

import (
	"math"
	"strings"
	"sync"

	"pyco/parser"
)

// List is a pyco list.
//
// Class is the user subclass the list is an instance of (`class
// Stack(list)`); or nil for a plain list. Attrs holds the instance
// attributes of such subclass instances; or nil until the first one is set.
type List struct {
	Items []Object
	Class *Type // the subclass; or nil for list
	Attrs *Dict // instance attributes of a subclass instance; or nil
}

// NewList returns a list holding items (not copied).
func NewList(items []Object) *List { return &List{Items: items} }

// Type returns list, or the subclass the list is an instance of.
func (l *List) Type() *Type {
	if l.Class != nil {
		return l.Class
	}
	return ListType
}

// Append adds v at the end of the list.
func (l *List) Append(v Object) { l.Items = append(l.Items, v) }

// --- shared sequence helpers ---

// reprGuard records the containers whose repr is being computed on each
// thread, so that recursive containers print as [...] / {...}.
var reprGuard struct {
	sync.Mutex
	active map[reprKey]bool
}

type reprKey struct {
	t *Thread
	o Object
}

// reprEnter marks o as being repr'd on t; it returns false when o already
// is (the caller then prints the "..." form and must not call reprLeave).
func reprEnter(t *Thread, o Object) bool {
	reprGuard.Lock()
	defer reprGuard.Unlock()
	if reprGuard.active == nil {
		reprGuard.active = make(map[reprKey]bool)
	}
	k := reprKey{t, o}
	if reprGuard.active[k] {
		return false
	}
	reprGuard.active[k] = true
	return true
}

// reprLeave ends a reprEnter.
func reprLeave(t *Thread, o Object) {
	reprGuard.Lock()
	delete(reprGuard.active, reprKey{t, o})
	reprGuard.Unlock()
}

// reprItems writes the reprs of items separated by ", " into b.
func reprItems(t *Thread, b *strings.Builder, items []Object) error {
	return reprItemsOf(t, b, &items)
}

// reprItemsOf is reprItems reading *items afresh at each step, since a
// user __repr__ may change a list while it is written.
func reprItemsOf(t *Thread, b *strings.Builder, items *[]Object) error {
	for i := 0; i < len(*items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := reprString(t, (*items)[i])
		if err != nil {
			return err
		}
		b.WriteString(s)
	}
	return nil
}

// sameObject reports whether a and b are the same object, as CPython's
// identity test in containers: floats are values in pyco, so a NaN is
// "identical" to a NaN with the same bits (`nan in [nan]` is True).
func sameObject(a, b Object) bool {
	if a == b {
		return true
	}
	if x, ok := a.(Float); ok && x != x {
		if y, ok := b.(Float); ok {
			return math.Float64bits(float64(x)) == math.Float64bits(float64(y))
		}
	}
	return false
}

// itemsEqual reports a == b for container items: identity first, then ==.
func itemsEqual(t *Thread, a, b Object) (bool, error) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok && x.Type() == StrType && y.Type() == StrType {
			return x == y || x.S == y.S, nil
		}
	}
	if sameObject(a, b) {
		return true, nil
	}
	return Equal(t, a, b)
}

// seqCompare compares two sequences lexicographically, as CPython's list
// and tuple rich comparisons do. Items are re-read through get so that a
// list mutated by a user __eq__ is handled safely.
func seqCompare(t *Thread, a, b []Object, op CompareOp) (Object, error) {
	return seqCompareFn(t, func() []Object { return a }, func() []Object { return b }, op)
}

// seqCompareFn is seqCompare for sequences that may change during the
// comparison (lists): ga and gb return the current items.
func seqCompareFn(t *Thread, ga, gb func() []Object, op CompareOp) (Object, error) {
	if (op == OpEq || op == OpNe) && len(ga()) != len(gb()) {
		return Bool(op == OpNe), nil
	}
	i := 0
	for {
		a, b := ga(), gb()
		if i >= len(a) || i >= len(b) {
			break
		}
		x, y := a[i], b[i]
		eq, err := itemsEqual(t, x, y)
		if err != nil {
			return nil, err
		}
		if !eq {
			break
		}
		i++
	}
	a, b := ga(), gb()
	if i >= len(a) || i >= len(b) {
		return compareOrdered(len(a), len(b), op), nil
	}
	if op == OpEq {
		return False, nil
	}
	if op == OpNe {
		return True, nil
	}
	return RichCompare(t, a[i], b[i], op)
}

// isTypeError reports whether err is a pyco TypeError (or subclass).
func isTypeError(err error) bool {
	return errIs(err, TypeError)
}

// iterItems returns the items of iterable o: the backing slice itself for
// a list or tuple (callers must copy before mutating or retaining), else a
// fresh slice.
func iterItems(t *Thread, o Object) ([]Object, error) {
	switch x := o.(type) {
	case *List:
		return x.Items, nil
	case *Tuple:
		return x.Items, nil
	}
	var items []Object
	if n, ok := lengthHint(o); ok {
		if err := checkAlloc(n, objectSize); err != nil {
			return nil, err
		}
		items = make([]Object, 0, n)
	}
	err := Iterate(t, o, func(item Object) (bool, error) {
		items = append(items, item)
		return true, nil
	})
	return items, err
}

// lengthHint returns the length of the builtin containers cheaply.
func lengthHint(o Object) (int, bool) {
	switch x := o.(type) {
	case *List:
		return len(x.Items), true
	case *Tuple:
		return len(x.Items), true
	case *Dict:
		return x.Len(), true
	case *Set:
		return x.used, true
	case *Range:
		if x.bigLen() == nil {
			return int(x.length), true
		}
	}
	return 0, false
}

// sequenceFast returns the items of v for slice assignment, raising
// TypeError msg when v is not iterable (PySequence_Fast).
func sequenceFast(t *Thread, v Object, msg string) ([]Object, error) {
	switch x := v.(type) {
	case *List:
		return append([]Object(nil), x.Items...), nil
	case *Tuple:
		return x.Items, nil
	}
	it, err := GetIter(t, v)
	if err != nil {
		if isTypeError(err) {
			return nil, Errorf(TypeError, "%s", msg)
		}
		return nil, err
	}
	var items []Object
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x == nil {
			return items, nil
		}
		items = append(items, x)
	}
}

// repeatItems returns items repeated n times (n <= 0 gives none).
func repeatItems(items []Object, n int) ([]Object, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if err := checkAllocRepeat(n, len(items), objectSize); err != nil {
		return nil, err
	}
	out := make([]Object, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

// isUserType reports whether typ is a class defined in pyco code, whose
// reflected operators get a chance before a builtin sequence gives up.
func isUserType(typ *Type) bool { return !typ.IsBuiltin }

// repeatCount converts the count of `seq * n`; ok is false when n is not
// an integer.
func repeatCount(t *Thread, n Object) (int, bool, error) {
	v, ok, err := indexObject(t, n)
	if err != nil || !ok {
		return 0, ok, err
	}
	if _, isBig := v.(*BigInt); isBig {
		if clampInt(v) < 0 {
			return 0, true, nil
		}
		return 0, true, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return int(v.(Int)), true, nil
}

// --- list slots ---

func init() {
	ListType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		l := &List{}
		if cls != ListType {
			l.Class = cls
		}
		return l, nil
	}
	ListType.Init = list_init
	ListType.Repr = list_repr
	ListType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*List)
		y, ok2 := b.(*List)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return seqCompareFn(t, func() []Object { return x.Items }, func() []Object { return y.Items }, op)
	}
	ListType.BinaryOp = list_binop
	ListType.RBinaryOp = func(t *Thread, a, b Object, op int) (Object, error) {
		l := b.(*List)
		if parser.Operator(op) != parser.Mult {
			return NotImplemented, nil
		}
		n, ok, err := repeatCount(t, a)
		if err != nil || !ok {
			if !ok {
				return NotImplemented, nil
			}
			return nil, err
		}
		items, err := repeatItems(l.Items, n)
		if err != nil {
			return nil, err
		}
		return NewList(items), nil
	}
	ListType.Len = func(t *Thread, o Object) (int, error) { return len(o.(*List).Items), nil }
	ListType.GetItem = list_getitem
	ListType.SetItem = list_setitem
	ListType.DelItem = list_delitem
	ListType.Contains = func(t *Thread, o, v Object) (bool, error) {
		l := o.(*List)
		for i := 0; i < len(l.Items); i++ {
			eq, err := itemsEqual(t, l.Items[i], v)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	ListType.Iter = func(t *Thread, o Object) (Object, error) {
		return &ListIterator{list: o.(*List)}, nil
	}

	ListType.AddMethod("append", list_append)
	ListType.AddMethod("extend", list_extend)
	ListType.AddMethod("insert", list_insert)
	ListType.AddMethod("pop", list_pop)
	ListType.AddMethod("remove", list_remove)
	ListType.AddMethod("index", list_index)
	ListType.AddMethod("count", list_count)
	ListType.AddMethod("sort", list_sort)
	ListType.AddMethod("reverse", list_reverse)
	ListType.AddMethod("copy", list_copy)
	ListType.AddMethod("clear", list_clear)
	ListType.AddMethod("__reversed__", list_reversed)
}

// list_init implements list.__init__(iterable=()).
func list_init(t *Thread, self Object, args []Object, kwnames []string) error {
	l, ok := self.(*List)
	if !ok {
		return Errorf(TypeError, "descriptor '__init__' requires a 'list' object but received a '%s'", TypeName(self))
	}
	if len(kwnames) > 0 {
		return Errorf(TypeError, "list() takes no keyword arguments")
	}
	if err := checkArgCount("list", len(args), 0, 1); err != nil {
		return err
	}
	l.Items = nil
	if len(args) == 0 {
		return nil
	}
	items, err := iterItems(t, args[0])
	if err != nil {
		return err
	}
	if _, shared := args[0].(*List); shared || isTuple(args[0]) {
		items = append([]Object(nil), items...)
	}
	l.Items = items
	return nil
}

// isTuple reports whether o is a tuple (or tuple subclass instance).
func isTuple(o Object) bool { _, ok := o.(*Tuple); return ok }

// list_repr implements repr(list).
func list_repr(t *Thread, o Object) (Object, error) {
	l := o.(*List)
	if len(l.Items) == 0 {
		return NewStr("[]"), nil
	}
	if !reprEnter(t, l) {
		return NewStr("[...]"), nil
	}
	defer reprLeave(t, l)
	var b strings.Builder
	b.WriteByte('[')
	// A user __repr__ may mutate the list.
	if err := reprItemsOf(t, &b, &l.Items); err != nil {
		return nil, err
	}
	b.WriteByte(']')
	return NewStr(b.String()), nil
}

// list_binop implements list + list, list * n and their in-place forms.
func list_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	l, ok := a.(*List)
	if !ok {
		return NotImplemented, nil
	}
	switch parser.Operator(op) {
	case parser.Add:
		if inplace {
			if err := l.extend(t, b); err != nil {
				return nil, err
			}
			return l, nil
		}
		r, ok := b.(*List)
		if !ok {
			if isUserType(b.Type()) && b.Type().RBinaryOp != nil {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeError, "can only concatenate list (not \"%s\") to list", TypeName(b))
		}
		items := make([]Object, 0, len(l.Items)+len(r.Items))
		items = append(items, l.Items...)
		items = append(items, r.Items...)
		return NewList(items), nil
	case parser.Mult:
		n, ok, err := repeatCount(t, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			if isUserType(b.Type()) && b.Type().RBinaryOp != nil {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		items, err := repeatItems(l.Items, n)
		if err != nil {
			return nil, err
		}
		if inplace {
			l.Items = items
			return l, nil
		}
		return NewList(items), nil
	}
	return NotImplemented, nil
}

// list_getitem implements list[i] and list[i:j:k].
func list_getitem(t *Thread, o, key Object) (Object, error) {
	l := o.(*List)
	if i, ok := key.(Int); ok {
		n := Int(len(l.Items))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexError, "list index out of range")
		}
		return l.Items[i], nil
	}
	if s, ok := key.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, s, len(l.Items))
		if err != nil {
			return nil, err
		}
		return NewList(sliceItems(l.Items, start, step, n)), nil
	}
	i, err := seqIndex(t, key, "list")
	if err != nil {
		return nil, err
	}
	return list_getitem(t, o, Int(i))
}

// sliceItems copies the n items selected by start and step.
func sliceItems(items []Object, start, step, n int) []Object {
	if n <= 0 {
		return nil
	}
	if step == 1 {
		return append([]Object(nil), items[start:start+n]...)
	}
	out := make([]Object, n)
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		out[i] = items[j]
	}
	return out
}

// list_setitem implements list[i] = v and list[i:j:k] = iterable.
func list_setitem(t *Thread, o, key, v Object) error {
	l := o.(*List)
	if s, ok := key.(*Slice); ok {
		return l.setSlice(t, s, v)
	}
	i, ok := key.(Int)
	if !ok {
		k, err := seqIndex(t, key, "list")
		if err != nil {
			return err
		}
		i = Int(k)
	}
	n := Int(len(l.Items))
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return Errorf(IndexError, "list assignment index out of range")
	}
	l.Items[i] = v
	return nil
}

// setSlice implements slice assignment.
func (l *List) setSlice(t *Thread, s *Slice, v Object) error {
	start, stop, step, n, err := SliceIndices(t, s, len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		items, err := sequenceFast(t, v, "can only assign an iterable")
		if err != nil {
			return err
		}
		if stop < start {
			stop = start
		}
		l.replace(start, stop, items)
		return nil
	}
	items, err := sequenceFast(t, v, "must assign iterable to extended slice")
	if err != nil {
		return err
	}
	if len(items) != n {
		return Errorf(ValueError, "attempt to assign sequence of size %d to extended slice of size %d", len(items), n)
	}
	for i, j := 0, start; i < n; i, j = i+1, j+step {
		l.Items[j] = items[i]
	}
	return nil
}

// replace replaces l.Items[lo:hi] by items.
func (l *List) replace(lo, hi int, items []Object) {
	old := l.Items
	d := len(items) - (hi - lo)
	switch {
	case d == 0:
		copy(old[lo:hi], items)
	case d < 0:
		copy(old[lo:], items)
		copy(old[lo+len(items):], old[hi:])
		clear(old[len(old)+d:])
		l.Items = old[:len(old)+d]
	default:
		nl := make([]Object, len(old)+d, len(old)+d+len(old)/8)
		copy(nl, old[:lo])
		copy(nl[lo:], items)
		copy(nl[lo+len(items):], old[hi:])
		l.Items = nl
	}
}

// list_delitem implements del list[i] and del list[i:j:k].
func list_delitem(t *Thread, o, key Object) error {
	l := o.(*List)
	if s, ok := key.(*Slice); ok {
		start, stop, step, n, err := SliceIndices(t, s, len(l.Items))
		if err != nil {
			return err
		}
		if n == 0 {
			return nil
		}
		if step == 1 {
			l.replace(start, stop, nil)
			return nil
		}
		if step < 0 {
			// Walk the same items in increasing order.
			start = start + step*(n-1)
			step = -step
		}
		out := l.Items[:start]
		next := start
		for i := start; i < len(l.Items); i++ {
			if i == next && n > 0 {
				next += step
				n--
				continue
			}
			out = append(out, l.Items[i])
		}
		clear(l.Items[len(out):])
		l.Items = out
		return nil
	}
	i, err := seqIndex(t, key, "list")
	if err != nil {
		return err
	}
	if i < 0 {
		i += len(l.Items)
	}
	if i < 0 || i >= len(l.Items) {
		return Errorf(IndexError, "list assignment index out of range")
	}
	l.replace(i, i+1, nil)
	return nil
}

// extend appends the items of iterable v.
func (l *List) extend(t *Thread, v Object) error {
	switch x := v.(type) {
	case *List:
		l.Items = append(l.Items, x.Items...)
		return nil
	case *Tuple:
		l.Items = append(l.Items, x.Items...)
		return nil
	}
	return Iterate(t, v, func(item Object) (bool, error) {
		l.Items = append(l.Items, item)
		return true, nil
	})
}

// --- list methods ---

func list_append(t *Thread, args []Object, kwnames []string) (Object, error) {
	if len(args) == 2 && kwnames == nil {
		if l, ok := args[0].(*List); ok {
			l.Items = append(l.Items, args[1])
			return None, nil
		}
	}
	l, err := selfArg[*List](args, ListType, "append")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("list.append", args, kwnames); err != nil {
		return nil, err
	}
	l.Items = append(l.Items, args[1])
	return None, nil
}

func list_extend(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "extend")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("list.extend", args, kwnames); err != nil {
		return nil, err
	}
	return None, l.extend(t, args[1])
}

func list_insert(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "insert")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("list.insert", "insert", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	i, err := indexArg(t, args[1])
	if err != nil {
		return nil, err
	}
	n := len(l.Items)
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	} else if i > n {
		i = n
	}
	l.Items = append(l.Items, nil)
	copy(l.Items[i+1:], l.Items[i:])
	l.Items[i] = args[2]
	return None, nil
}

func list_pop(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "pop")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("list.pop", "pop", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	n := len(l.Items)
	i := n - 1
	if len(args) == 2 {
		if i, err = indexArg(t, args[1]); err != nil {
			return nil, err
		}
	}
	if n == 0 {
		return nil, Errorf(IndexError, "pop from empty list")
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return nil, Errorf(IndexError, "pop index out of range")
	}
	v := l.Items[i]
	if i == n-1 {
		l.Items[i] = nil
		l.Items = l.Items[:i]
	} else {
		l.replace(i, i+1, nil)
	}
	return v, nil
}

func list_remove(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "remove")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("list.remove", args, kwnames); err != nil {
		return nil, err
	}
	for i := 0; i < len(l.Items); i++ {
		eq, err := itemsEqual(t, l.Items[i], args[1])
		if err != nil {
			return nil, err
		}
		if eq {
			if i < len(l.Items) {
				l.replace(i, i+1, nil)
			}
			return None, nil
		}
	}
	return nil, Errorf(ValueError, "list.remove(x): x not in list")
}

// searchBounds resolves the optional start and stop arguments of index().
func searchBounds(t *Thread, args []Object, n int) (int, int, error) {
	start, stop := 0, n
	var err error
	if len(args) > 0 {
		if start, err = sliceBound(t, args[0]); err != nil {
			return 0, 0, err
		}
		if start < 0 {
			start += n
			if start < 0 {
				start = 0
			}
		}
	}
	if len(args) > 1 {
		if stop, err = sliceBound(t, args[1]); err != nil {
			return 0, 0, err
		}
		if stop < 0 {
			stop += n
			if stop < 0 {
				stop = 0
			}
		}
	}
	return start, stop, nil
}

// seqFind returns the first i in [start, stop) at which *items holds an
// item equal to v, or -1. It reads *items afresh at each step, since a
// list may change while its items are compared.
func seqFind(t *Thread, items *[]Object, v Object, start, stop int) (int, error) {
	for i := start; i < stop && i < len(*items); i++ {
		eq, err := itemsEqual(t, (*items)[i], v)
		if err != nil {
			return -1, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

// seqCount returns how many items of *items equal v, reading *items
// afresh at each step as seqFind does.
func seqCount(t *Thread, items *[]Object, v Object) (int, error) {
	c := 0
	for i := 0; i < len(*items); i++ {
		eq, err := itemsEqual(t, (*items)[i], v)
		if err != nil {
			return 0, err
		}
		if eq {
			c++
		}
	}
	return c, nil
}

func list_index(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "index")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("list.index", "index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	start, stop, err := searchBounds(t, args[2:], len(l.Items))
	if err != nil {
		return nil, err
	}
	i, err := seqFind(t, &l.Items, args[1], start, stop)
	if err != nil {
		return nil, err
	}
	if i >= 0 {
		return Int(i), nil
	}
	r, err := reprString(t, args[1])
	if err != nil {
		return nil, err
	}
	return nil, Errorf(ValueError, "%s is not in list", r)
}

func list_count(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "count")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("list.count", args, kwnames); err != nil {
		return nil, err
	}
	c, err := seqCount(t, &l.Items, args[1])
	if err != nil {
		return nil, err
	}
	return Int(c), nil
}

func list_sort(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "sort")
	if err != nil {
		return nil, err
	}
	if len(args)-len(kwnames) > 1 {
		return nil, Errorf(TypeError, "sort() takes no positional arguments")
	}
	key, reverse, err := sortKwargs(t, "sort", args[len(args)-len(kwnames):], kwnames)
	if err != nil {
		return nil, err
	}
	return None, SortList(t, l, key, reverse)
}

// sortKwargs parses the key= and reverse= keywords of sort() and sorted().
func sortKwargs(t *Thread, fname string, vals []Object, kwnames []string) (key Object, reverse bool, err error) {
	for i, name := range kwnames {
		switch name {
		case "key":
			key = vals[i]
		case "reverse":
			// CPython converts reverse with int semantics.
			if _, isF := vals[i].(Float); isF {
				return nil, false, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
			}
			if reverse, err = Truthy(t, vals[i]); err != nil {
				return nil, false, err
			}
		default:
			return nil, false, Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", name, fname)
		}
	}
	if key == None {
		key = nil
	}
	return key, reverse, nil
}

func list_reverse(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "reverse")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("list.reverse", args, kwnames); err != nil {
		return nil, err
	}
	reverseItems(l.Items)
	return None, nil
}

// reverseItems reverses s in place.
func reverseItems(s []Object) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func list_copy(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "copy")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("list.copy", args, kwnames); err != nil {
		return nil, err
	}
	return NewList(append([]Object(nil), l.Items...)), nil
}

func list_clear(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "clear")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("list.clear", args, kwnames); err != nil {
		return nil, err
	}
	l.Items = nil
	return None, nil
}

func list_reversed(t *Thread, args []Object, kwnames []string) (Object, error) {
	l, err := selfArg[*List](args, ListType, "__reversed__")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("list.__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	return &ListReverseIterator{list: l, i: len(l.Items) - 1}, nil
}
