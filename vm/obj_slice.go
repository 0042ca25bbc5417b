package vm

// This file defines slice objects, the index helpers shared by the
// sequence types (converting __index__ values, clamping slice bounds), and
// the small argument-checking helpers of the container methods.

import (
	"fmt"
	"math"
)

// Slice is a pyco slice object, `start:stop:step`. Each field is an
// Object, None when omitted; never nil.
type Slice struct {
	Start, Stop, Step Object
}

// NewSlice returns a slice; nil arguments become None.
func NewSlice(start, stop, step Object) *Slice {
	if start == nil {
		start = None
	}
	if stop == nil {
		stop = None
	}
	if step == nil {
		step = None
	}
	return &Slice{Start: start, Stop: stop, Step: step}
}

// Type returns slice.
func (s *Slice) Type() *Type { return SliceType }

// indexObject converts o with __index__ to an Int or a *BigInt; ok is false
// when o does not support __index__.
func indexObject(t *Thread, o Object) (v Object, ok bool, err error) {
	switch x := o.(type) {
	case Int:
		return x, true, nil
	case Bool:
		if x {
			return Int(1), true, nil
		}
		return Int(0), true, nil
	case *BigInt:
		return x, true, nil
	}
	f := o.Type().Index
	if f == nil {
		return nil, false, nil
	}
	r, err := f(t, o)
	if err != nil {
		return nil, true, err
	}
	switch r.(type) {
	case Int, *BigInt:
		return r, true, nil
	case Bool:
		return indexObject(t, r)
	}
	return nil, true, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
}

// clampInt converts an Int or *BigInt to an int, saturating at the int
// range (CPython's PyNumber_AsSsize_t with no overflow error).
func clampInt(v Object) int {
	switch x := v.(type) {
	case Int:
		return int(x)
	case *BigInt:
		if x.V.Sign() < 0 {
			return math.MinInt
		}
		return math.MaxInt
	}
	return 0
}

// indexArg converts o to an int for an argument that must be an integer
// ("'str' object cannot be interpreted as an integer"); values beyond the
// int range raise OverflowError.
func indexArg(t *Thread, o Object) (int, error) {
	v, ok, err := indexObject(t, o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
	}
	if b, isBig := v.(*BigInt); isBig {
		_ = b
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(v.(Int)), nil
}

// seqIndex converts the subscript of a sequence: what is the sequence's type
// name, for "list indices must be integers or slices, not str".
func seqIndex(t *Thread, o Object, what string) (int, error) {
	v, ok, err := indexObject(t, o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "%s indices must be integers or slices, not %s", what, TypeName(o))
	}
	if _, isBig := v.(*BigInt); isBig {
		return 0, Errorf(IndexError, "cannot fit '%s' into an index-sized integer", TypeName(o))
	}
	return int(v.(Int)), nil
}

// sliceBound converts one slice bound (not None) to a clamped int.
func sliceBound(t *Thread, o Object) (int, error) {
	if i, ok := o.(Int); ok {
		return int(i), nil
	}
	v, ok, err := indexObject(t, o)
	if err != nil {
		return 0, err
	}
	if !ok {
		return 0, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	return clampInt(v), nil
}

// SliceIndices resolves s against a sequence of the given length, like
// CPython's PySlice_Unpack plus PySlice_AdjustIndices: it returns the first
// index, the stop index, the step and the number of selected items.
func SliceIndices(t *Thread, s *Slice, length int) (start, stop, step, n int, err error) {
	step = 1
	if s.Step != None {
		if step, err = sliceBound(t, s.Step); err != nil {
			return
		}
		if step == 0 {
			err = Errorf(ValueError, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt {
			step = -math.MaxInt
		}
	}
	if s.Start == None {
		if step < 0 {
			start = math.MaxInt
		} else {
			start = 0
		}
	} else if start, err = sliceBound(t, s.Start); err != nil {
		return
	}
	if s.Stop == None {
		if step < 0 {
			stop = math.MinInt
		} else {
			stop = math.MaxInt
		}
	} else if stop, err = sliceBound(t, s.Stop); err != nil {
		return
	}
	start, stop, n = adjustSlice(start, stop, step, length)
	return
}

// adjustSlice clips start and stop to a sequence of the given length and
// counts the selected items (PySlice_AdjustIndices).
func adjustSlice(start, stop, step, length int) (int, int, int) {
	if start < 0 {
		start += length
		if start < 0 {
			if step < 0 {
				start = -1
			} else {
				start = 0
			}
		}
	} else if start >= length {
		if step < 0 {
			start = length - 1
		} else {
			start = length
		}
	}
	if stop < 0 {
		stop += length
		if stop < 0 {
			if step < 0 {
				stop = -1
			} else {
				stop = 0
			}
		}
	} else if stop >= length {
		if step < 0 {
			stop = length - 1
		} else {
			stop = length
		}
	}
	n := 0
	if step < 0 {
		if stop < start {
			n = (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		n = (stop-start-1)/step + 1
	}
	return start, stop, n
}

// --- argument checking helpers of the builtin methods ---

// selfArg returns args[0] as the receiver of a method of typ, raising
// CPython's errors for a missing or foreign receiver (`set.add(1, 2)`).
func selfArg[T Object](args []Object, typ *Type, name string) (T, error) {
	var zero T
	if len(args) == 0 {
		return zero, Errorf(TypeError, "unbound method %s.%s() needs an argument", typ.Name, name)
	}
	s, ok := args[0].(T)
	if !ok {
		return zero, Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", name, typ.Name, TypeName(args[0]))
	}
	return s, nil
}

// noKwargs rejects keyword arguments: "list.append() takes no keyword arguments".
func noKwargs(qualname string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", qualname)
	}
	return nil
}

// checkNoArgs checks a METH_NOARGS method: args holds only the receiver.
func checkNoArgs(qualname string, args []Object, kwnames []string) error {
	if err := noKwargs(qualname, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", qualname, len(args)-1)
	}
	return nil
}

// checkOneArg checks a METH_O method: args holds the receiver and one value.
func checkOneArg(qualname string, args []Object, kwnames []string) error {
	if err := noKwargs(qualname, kwnames); err != nil {
		return err
	}
	if len(args) != 2 {
		return Errorf(TypeError, "%s() takes exactly one argument (%d given)", qualname, len(args)-1)
	}
	return nil
}

// checkArgCount checks that n positional arguments lie in [min, max], with
// CPython's "pop expected at most 1 argument, got 2" wording.
func checkArgCount(name string, n, min, max int) error {
	plural := func(k int) string {
		if k == 1 {
			return ""
		}
		return "s"
	}
	switch {
	case min == max && n != min:
		return Errorf(TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case n > max:
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

// checkArgs checks a positional-only method taking between min and max
// arguments besides the receiver.
func checkArgs(qualname, name string, args []Object, kwnames []string, min, max int) error {
	if err := noKwargs(qualname, kwnames); err != nil {
		return err
	}
	return checkArgCount(name, len(args)-1, min, max)
}

// reprString returns repr(o), as a Go string.
func reprString(t *Thread, o Object) (string, error) {
	switch x := o.(type) {
	case Int:
		return fmt.Sprint(int64(x)), nil
	case *NoneType:
		return "None", nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	}
	return Repr(t, o)
}

// --- slice methods and slots ---

func init() {
	SliceType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if err := noKwargs("slice", kwnames); err != nil {
			return nil, err
		}
		if err := checkArgCount("slice", len(args), 1, 3); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return NewSlice(None, args[0], None), nil
		case 2:
			return NewSlice(args[0], args[1], None), nil
		}
		return NewSlice(args[0], args[1], args[2]), nil
	}
	SliceType.Repr = func(t *Thread, o Object) (Object, error) {
		s := o.(*Slice)
		a, err := reprString(t, s.Start)
		if err != nil {
			return nil, err
		}
		b, err := reprString(t, s.Stop)
		if err != nil {
			return nil, err
		}
		c, err := reprString(t, s.Step)
		if err != nil {
			return nil, err
		}
		return NewStr("slice(" + a + ", " + b + ", " + c + ")"), nil
	}
	SliceType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*Slice)
		y, ok2 := b.(*Slice)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return seqCompare(t, []Object{x.Start, x.Stop, x.Step}, []Object{y.Start, y.Stop, y.Step}, op)
	}
	SliceType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		s := o.(*Slice)
		switch name {
		case "start":
			return s.Start, nil
		case "stop":
			return s.Stop, nil
		case "step":
			return s.Step, nil
		}
		return typeAttr(t, o, name)
	}
	SliceType.AddMethod("indices", slice_indices)
}

// slice_indices implements slice.indices(length).
func slice_indices(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := selfArg[*Slice](args, SliceType, "indices")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("slice.indices", args, kwnames); err != nil {
		return nil, err
	}
	length, err := indexArg(t, args[1])
	if err != nil {
		return nil, err
	}
	if length < 0 {
		return nil, Errorf(ValueError, "length should not be negative")
	}
	start, stop, step, _, err := SliceIndices(t, s, length)
	if err != nil {
		return nil, err
	}
	// slice.indices reports the bounds without PySlice_AdjustIndices'
	// special -1 for an empty negative-step slice only when clipping.
	return NewTuple([]Object{Int(start), Int(stop), Int(step)}), nil
}

// typeAttr looks name up in o's type (binding a builtin method) for the
// builtin types whose GetAttr slot serves a few data attributes itself.
func typeAttr(t *Thread, o Object, name string) (Object, error) {
	for _, typ := range append([]*Type{o.Type()}, o.Type().MRO...) {
		if typ.Dict == nil {
			continue
		}
		if v, ok := typ.Dict.GetStr(name); ok {
			if b, isB := v.(*Builtin); isB && b.Self == nil {
				return &Builtin{Name: b.Name, Fn: b.Fn, Self: o, Doc: b.Doc}, nil
			}
			if d := v.Type().DescrGet; d != nil {
				return d(t, v, o, o.Type())
			}
			return v, nil
		}
	}
	if name == "__class__" {
		return o.Type(), nil
	}
	return nil, Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name)
}
