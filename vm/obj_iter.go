package vm

// This file defines the builtin iterator types: the iterators of list,
// tuple, range, set and the dict views, the generic sequence iterator
// (iteration through __getitem__), callable_iterator (`iter(f, sentinel)`),
// and the iterator builtins enumerate, zip, map, filter and reversed, whose
// types are called directly (`enumerate(x, start=1)` calls Type.New).
//
// Every iterator's Next returns (nil, nil) once exhausted and keeps doing
// so; it drops its reference to the underlying container at that point.

import (
	"strconv"

	"pyco/parser"
)

// The iterator types.
var (
	ListIteratorType        = newIterType("list_iterator")
	ListReverseIteratorType = newIterType("list_reverseiterator")
	TupleIteratorType       = newIterType("tuple_iterator")
	CallableIteratorType    = newIterType("callable_iterator")
	EnumerateType           = newIterType("enumerate")
	ZipType                 = newIterType("zip")
	MapType                 = newIterType("map")
	FilterType              = newIterType("filter")
	ReversedType            = newIterType("reversed")
)

// newIterType returns a builtin iterator type whose Iter returns the
// iterator itself.
func newIterType(name string) *Type {
	typ := &Type{Name: name, Module: "builtins", IsBuiltin: true, NoSubclass: true}
	typ.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	return typ
}

func init() {
	builtinTypes = append(builtinTypes, ListIteratorType, ListReverseIteratorType,
		TupleIteratorType, CallableIteratorType, EnumerateType,
		ZipType, MapType, FilterType, ReversedType)
	// The iterator builtins can be subclassed, like in CPython.
	for _, typ := range []*Type{EnumerateType, ZipType, MapType, FilterType, ReversedType} {
		typ.NoSubclass = false
	}

	ListIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*ListIterator)
		if it.list != nil {
			if it.i < len(it.list.Items) {
				v := it.list.Items[it.i]
				it.i++
				return v, nil
			}
			it.list = nil
		}
		return nil, nil
	}
	ListIteratorType.AddMethod("__length_hint__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		it, err := selfArg[*ListIterator](args, ListIteratorType, "__length_hint__")
		if err != nil || it.list == nil {
			return Int(0), err
		}
		return Int(max(0, len(it.list.Items)-it.i)), nil
	})

	ListReverseIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*ListReverseIterator)
		if it.list != nil {
			if it.i >= 0 && it.i < len(it.list.Items) {
				v := it.list.Items[it.i]
				it.i--
				return v, nil
			}
			it.list = nil
		}
		return nil, nil
	}

	TupleIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*TupleIterator)
		if it.i < len(it.items) {
			v := it.items[it.i]
			it.i++
			return v, nil
		}
		it.items = nil
		return nil, nil
	}
	TupleIteratorType.AddMethod("__length_hint__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		it, err := selfArg[*TupleIterator](args, TupleIteratorType, "__length_hint__")
		if err != nil {
			return nil, err
		}
		return Int(max(0, len(it.items)-it.i)), nil
	})

	CallableIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*CallableIterator)
		if it.fn == nil {
			return nil, nil
		}
		v, err := t.Call(it.fn, nil, nil)
		if err != nil {
			if errIs(err, StopIteration) {
				it.fn = nil
				return nil, nil
			}
			return nil, err
		}
		eq, err := itemsEqual(t, v, it.sentinel)
		if err != nil {
			return nil, err
		}
		if eq {
			it.fn, it.sentinel = nil, nil
			return nil, nil
		}
		return v, nil
	}

	EnumerateType.New = enumerate_new
	EnumerateType.Next = func(t *Thread, o Object) (Object, error) {
		e := o.(*Enumerate)
		v, err := Next(t, e.it)
		if v == nil || err != nil {
			return nil, err
		}
		var n Object
		if e.big == nil {
			n = Int(e.n)
			if e.n == maxInt64 {
				e.big = Int(e.n)
				if e.big, err = BinaryOp(t, e.big, Int(1), int(parser.Add), false); err != nil {
					return nil, err
				}
			} else {
				e.n++
			}
		} else {
			n = e.big
			if e.big, err = BinaryOp(t, e.big, Int(1), int(parser.Add), false); err != nil {
				return nil, err
			}
		}
		return NewTuple([]Object{n, v}), nil
	}

	ZipType.New = zip_new
	ZipType.Next = zip_next

	MapType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeError, "map() takes no keyword arguments")
		}
		if len(args) < 2 {
			return nil, Errorf(TypeError, "map() must have at least two arguments.")
		}
		m := &Map{fn: args[0], its: make([]Object, len(args)-1), cls: subclassOrNil(cls, MapType)}
		for i, a := range args[1:] {
			it, err := GetIter(t, a)
			if err != nil {
				return nil, err
			}
			m.its[i] = it
		}
		return m, nil
	}
	MapType.Next = func(t *Thread, o Object) (Object, error) {
		m := o.(*Map)
		if m.its == nil {
			return nil, nil
		}
		var buf [4]Object
		vals := buf[:0]
		for _, it := range m.its {
			v, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				m.its = nil
				return nil, nil
			}
			vals = append(vals, v)
		}
		return t.Call(m.fn, vals, nil)
	}

	FilterType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeError, "filter() takes no keyword arguments")
		}
		if err := checkArgCount("filter", len(args), 2, 2); err != nil {
			return nil, err
		}
		it, err := GetIter(t, args[1])
		if err != nil {
			return nil, err
		}
		fn := args[0]
		if fn == None {
			fn = nil
		}
		return &Filter{fn: fn, it: it, cls: subclassOrNil(cls, FilterType)}, nil
	}
	FilterType.Next = func(t *Thread, o Object) (Object, error) {
		f := o.(*Filter)
		if f.it == nil {
			return nil, nil
		}
		for {
			v, err := Next(t, f.it)
			if err != nil {
				return nil, err
			}
			if v == nil {
				f.it = nil
				return nil, nil
			}
			test := v
			if f.fn != nil {
				if test, err = t.Call(f.fn, []Object{v}, nil); err != nil {
					return nil, err
				}
			}
			ok, err := Truthy(t, test)
			if err != nil {
				return nil, err
			}
			if ok {
				return v, nil
			}
		}
	}

	ReversedType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeError, "reversed() takes no keyword arguments")
		}
		if err := checkArgCount("reversed", len(args), 1, 1); err != nil {
			return nil, err
		}
		if cls != ReversedType {
			r, err := newReversed(t, args[0])
			if rv, ok := r.(*Reversed); ok {
				rv.cls = cls
			}
			return r, err
		}
		return NewReversed(t, args[0])
	}
	ReversedType.Next = func(t *Thread, o Object) (Object, error) {
		r := o.(*Reversed)
		if r.seq == nil {
			return nil, nil
		}
		if r.i < 0 {
			r.seq = nil
			return nil, nil
		}
		v, err := GetItem(t, r.seq, Int(r.i))
		if err != nil {
			r.seq = nil
			if errIs(err, IndexError) || errIs(err, StopIteration) {
				return nil, nil
			}
			return nil, err
		}
		r.i--
		return v, nil
	}
}

const maxInt64 = 1<<63 - 1

// subclassOrNil returns cls unless it is the builtin type itself.
func subclassOrNil(cls, builtin *Type) *Type {
	if cls == builtin {
		return nil
	}
	return cls
}

// errIs reports whether err is a pyco exception of class cls or of a
// subclass of it.
func errIs(err error, cls *Type) bool {
	e, ok := err.(*Exception)
	return ok && isSubtype(e.Class, cls)
}

// --- the iterator values ---

// A ListIterator iterates over a list by index, seeing appends made
// during the iteration.
type ListIterator struct {
	list *List // or nil once exhausted
	i    int
}

// Type returns list_iterator.
func (*ListIterator) Type() *Type { return ListIteratorType }

// NextItem is the fast path of the dispatch loop's FOR_ITER: it returns the
// next item, or nil when exhausted.
func (it *ListIterator) NextItem() Object {
	if it.list != nil {
		if it.i < len(it.list.Items) {
			v := it.list.Items[it.i]
			it.i++
			return v
		}
		it.list = nil
	}
	return nil
}

// A ListReverseIterator iterates over a list backwards (reversed(list)).
type ListReverseIterator struct {
	list *List // or nil once exhausted
	i    int
}

// Type returns list_reverseiterator.
func (*ListReverseIterator) Type() *Type { return ListReverseIteratorType }

// A TupleIterator iterates over the items of a tuple.
type TupleIterator struct {
	items []Object
	i     int
}

// Type returns tuple_iterator.
func (*TupleIterator) Type() *Type { return TupleIteratorType }

// NextItem returns the next item, or nil when exhausted.
func (it *TupleIterator) NextItem() Object {
	if it.i < len(it.items) {
		v := it.items[it.i]
		it.i++
		return v
	}
	it.items = nil
	return nil
}

// A CallableIterator calls fn until it returns sentinel (iter(fn, sentinel)).
type CallableIterator struct {
	fn, sentinel Object // nil once exhausted
}

// NewCallableIterator returns iter(fn, sentinel); the caller checks that
// fn is callable ("iter(v, w): v must be callable").
func NewCallableIterator(fn, sentinel Object) Object {
	return &CallableIterator{fn: fn, sentinel: sentinel}
}

// Type returns callable_iterator.
func (*CallableIterator) Type() *Type { return CallableIteratorType }

// Enumerate is an enumerate object.
type Enumerate struct {
	it  Object
	n   int64
	big Object // the count once it no longer fits in n; or nil
	cls *Type  // a subclass; or nil
}

// Type returns enumerate.
func (e *Enumerate) Type() *Type {
	if e.cls != nil {
		return e.cls
	}
	return EnumerateType
}

// enumerate_new implements enumerate(iterable, start=0).
func enumerate_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	var iterable, start Object
	if npos > 2 {
		return nil, Errorf(TypeError, "enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	if npos > 0 {
		iterable = args[0]
	}
	if npos > 1 {
		start = args[1]
	}
	for i, name := range kwnames {
		v := args[npos+i]
		switch {
		case name == "iterable" && iterable == nil:
			iterable = v
		case name == "start" && start == nil:
			start = v
		case name == "iterable" || name == "start":
			return nil, Errorf(TypeError, "argument for enumerate() given by name ('%s') and position (%d)", name, map[string]int{"iterable": 1, "start": 2}[name])
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for enumerate()", name)
		}
	}
	if iterable == nil {
		return nil, Errorf(TypeError, "enumerate() missing required argument 'iterable'")
	}
	e := &Enumerate{cls: subclassOrNil(cls, EnumerateType)}
	if start != nil {
		v, ok, err := indexObject(t, start)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(start))
		}
		if n, small := v.(Int); small {
			e.n = int64(n)
		} else {
			e.big = v
		}
	}
	it, err := GetIter(t, iterable)
	if err != nil {
		return nil, err
	}
	e.it = it
	return e, nil
}

// Zip is a zip object.
type Zip struct {
	its    []Object // or nil once exhausted
	strict bool
	cls    *Type // a subclass; or nil
}

// Type returns zip.
func (z *Zip) Type() *Type {
	if z.cls != nil {
		return z.cls
	}
	return ZipType
}

// zip_new implements zip(*iterables, strict=False).
func zip_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	npos := len(args) - len(kwnames)
	z := &Zip{cls: subclassOrNil(cls, ZipType)}
	if len(kwnames) > 1 {
		return nil, Errorf(TypeError, "zip() takes at most 1 keyword argument (%d given)", len(kwnames))
	}
	if len(kwnames) == 1 {
		if kwnames[0] != "strict" {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for zip()", kwnames[0])
		}
		s, err := Truthy(t, args[npos])
		if err != nil {
			return nil, err
		}
		z.strict = s
	}
	z.its = make([]Object, npos)
	for i, a := range args[:npos] {
		it, err := GetIter(t, a)
		if err != nil {
			return nil, err
		}
		z.its[i] = it
	}
	return z, nil
}

// zip_next produces the next tuple of a zip.
func zip_next(t *Thread, o Object) (Object, error) {
	z := o.(*Zip)
	if len(z.its) == 0 {
		return nil, nil
	}
	vals := make([]Object, len(z.its))
	for i, it := range z.its {
		v, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if v == nil {
			its := z.its
			z.its = nil
			if z.strict {
				return nil, zipStrictError(t, its, i)
			}
			return nil, nil
		}
		vals[i] = v
	}
	return NewTuple(vals), nil
}

// zipStrictError checks, once iterator i of a strict zip is exhausted,
// that the others are too, returning CPython's ValueError if not.
func zipStrictError(t *Thread, its []Object, i int) error {
	plural := func(n int) string {
		if n == 1 {
			return "argument 1"
		}
		return "arguments 1-" + strconv.Itoa(n)
	}
	if i > 0 {
		return Errorf(ValueError, "zip() argument %d is shorter than %s", i+1, plural(i))
	}
	for j := 1; j < len(its); j++ {
		v, err := Next(t, its[j])
		if err != nil {
			return err
		}
		if v != nil {
			return Errorf(ValueError, "zip() argument %d is longer than %s", j+1, plural(j))
		}
	}
	return nil
}

// Map is a map object.
type Map struct {
	fn  Object
	its []Object // or nil once exhausted
	cls *Type    // a subclass; or nil
}

// Type returns map.
func (m *Map) Type() *Type {
	if m.cls != nil {
		return m.cls
	}
	return MapType
}

// Filter is a filter object.
type Filter struct {
	fn  Object // or nil for filter(None, ...)
	it  Object // or nil once exhausted
	cls *Type  // a subclass; or nil
}

// Type returns filter.
func (f *Filter) Type() *Type {
	if f.cls != nil {
		return f.cls
	}
	return FilterType
}

// Reversed is the reversed object used for sequences without __reversed__.
type Reversed struct {
	seq Object // or nil once exhausted
	i   int
	cls *Type // a subclass; or nil
}

// Type returns reversed.
func (r *Reversed) Type() *Type {
	if r.cls != nil {
		return r.cls
	}
	return ReversedType
}

// NewReversed implements reversed(seq): seq.__reversed__() when the type
// defines it, else a reversed object over __len__ and __getitem__.
func NewReversed(t *Thread, seq Object) (Object, error) { return newReversed(t, seq) }

func newReversed(t *Thread, seq Object) (Object, error) {
	switch x := seq.(type) {
	case *List:
		if x.Class == nil {
			return &ListReverseIterator{list: x, i: len(x.Items) - 1}, nil
		}
	case *Tuple:
		if x.Class == nil {
			return &Reversed{seq: x, i: len(x.Items) - 1}, nil
		}
	}
	if m := lookupType(seq.Type(), "__reversed__"); m != nil {
		if m == None {
			return nil, Errorf(TypeError, "'%s' object is not reversible", TypeName(seq))
		}
		return t.Call(m, []Object{seq}, nil)
	}
	typ := seq.Type()
	if typ.GetItem == nil || typ.Len == nil || isMapping(seq) {
		return nil, Errorf(TypeError, "'%s' object is not reversible", TypeName(seq))
	}
	n, err := Len(t, seq)
	if err != nil {
		return nil, err
	}
	return &Reversed{seq: seq, i: n - 1}, nil
}

// isMapping reports whether o is a dict (CPython's reversed rejects dicts
// through the missing sq_item).
func isMapping(o Object) bool {
	_, ok := o.(*Dict)
	return ok
}
