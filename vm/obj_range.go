package vm

// This file defines range and its iterators. A range whose bounds and
// length fit in int64 uses int64 arithmetic throughout; larger ranges
// (range(2**100)) keep math/big values and are never materialised.

import (
	"math"
	"math/big"
	"strings"
)

// Range is a pyco range object.
type Range struct {
	start, step, stop int64 // valid when big == nil
	length            int64 // number of items; valid when big == nil
	big               *rangeBig
}

// rangeBig holds the values of a range that does not fit in int64.
type rangeBig struct {
	start, stop, step, length big.Int
}

// Type returns range.
func (r *Range) Type() *Type { return RangeType }

// The range iterator types.
var (
	RangeIteratorType     = newIterType("range_iterator")
	LongRangeIteratorType = newIterType("longrange_iterator")
)

// NewRange returns range(start, stop, step) for int64 bounds; step must
// not be zero.
func NewRange(start, stop, step int64) *Range {
	var n uint64
	if step > 0 && start < stop {
		n = (uint64(stop)-uint64(start)-1)/uint64(step) + 1
	} else if step < 0 && start > stop {
		n = (uint64(start)-uint64(stop)-1)/uint64(-step) + 1
	}
	if n > math.MaxInt64 {
		return newRangeBig(big.NewInt(start), big.NewInt(stop), big.NewInt(step))
	}
	return &Range{start: start, stop: stop, step: step, length: int64(n)}
}

// newRangeBig returns range(start, stop, step) for arbitrary ints; step
// must not be zero. The result uses int64 arithmetic when it can.
func newRangeBig(start, stop, step *big.Int) *Range {
	var n big.Int
	var lo, hi big.Int
	if step.Sign() > 0 {
		lo.Set(start)
		hi.Set(stop)
	} else {
		lo.Set(stop)
		hi.Set(start)
	}
	if lo.Cmp(&hi) < 0 {
		var st big.Int
		st.Abs(step)
		n.Sub(&hi, &lo)
		n.Sub(&n, big.NewInt(1))
		n.Quo(&n, &st)
		n.Add(&n, big.NewInt(1))
	}
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.IsInt64() {
		return &Range{start: start.Int64(), stop: stop.Int64(), step: step.Int64(), length: n.Int64()}
	}
	rb := &rangeBig{}
	rb.start.Set(start)
	rb.stop.Set(stop)
	rb.step.Set(step)
	rb.length.Set(&n)
	return &Range{big: rb}
}

// bigOf returns the value of an Int or *BigInt as a *big.Int (read-only
// for a *BigInt).
func bigOf(o Object) *big.Int {
	switch x := o.(type) {
	case Int:
		return big.NewInt(int64(x))
	case *BigInt:
		return &x.V
	}
	return new(big.Int)
}

// intFromBig returns x as a normalised pyco int (Int when it fits).
func intFromBig(x *big.Int) Object {
	if x.IsInt64() {
		return Int(x.Int64())
	}
	b := &BigInt{}
	b.V.Set(x)
	return b
}

// bigLen returns the length as a *big.Int when it does not fit in an int;
// nil otherwise.
func (r *Range) bigLen() *big.Int {
	if r.big == nil || r.big.length.IsInt64() {
		return nil
	}
	return &r.big.length
}

// Len returns the number of items, or OverflowError for huge ranges.
func (r *Range) Len() (int, error) {
	if r.big == nil {
		return int(r.length), nil
	}
	if !r.big.length.IsInt64() {
		return 0, Errorf(OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(r.big.length.Int64()), nil
}

// parts returns start, stop, step and the length as pyco ints.
func (r *Range) parts() (start, stop, step, length Object) {
	if r.big == nil {
		return Int(r.start), Int(r.stop), Int(r.step), Int(r.length)
	}
	return intFromBig(&r.big.start), intFromBig(&r.big.stop), intFromBig(&r.big.step), intFromBig(&r.big.length)
}

// bigParts returns start, stop, step and length as *big.Int values that
// the caller may not modify.
func (r *Range) bigParts() (start, stop, step, length *big.Int) {
	if r.big == nil {
		return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.length)
	}
	return &r.big.start, &r.big.stop, &r.big.step, &r.big.length
}

// item returns r[i] for 0 <= i < length.
func (r *Range) item(i int64) Object {
	return Int(int64(uint64(r.start) + uint64(i)*uint64(r.step)))
}

// bigItem returns r[i] for a big range.
func (r *Range) bigItem(i *big.Int) Object {
	start, _, step, _ := r.bigParts()
	var v big.Int
	v.Mul(i, step)
	v.Add(&v, start)
	return intFromBig(&v)
}

// position returns the index of the int x in r, or -1 (as a big.Int when
// the range is big; nil means absent).
func (r *Range) position(x Object) *big.Int {
	if r.big == nil {
		if xi, ok := x.(Int); ok {
			v := int64(xi)
			var d uint64
			if r.step > 0 {
				if v < r.start || v >= r.stop {
					return nil
				}
				d = uint64(v) - uint64(r.start)
				if d%uint64(r.step) != 0 {
					return nil
				}
				return big.NewInt(int64(d / uint64(r.step)))
			}
			if v > r.start || v <= r.stop {
				return nil
			}
			d = uint64(r.start) - uint64(v)
			if d%uint64(-r.step) != 0 {
				return nil
			}
			return big.NewInt(int64(d / uint64(-r.step)))
		}
	}
	start, stop, step, _ := r.bigParts()
	xv := bigOf(x)
	if step.Sign() > 0 {
		if xv.Cmp(start) < 0 || xv.Cmp(stop) >= 0 {
			return nil
		}
	} else if xv.Cmp(start) > 0 || xv.Cmp(stop) <= 0 {
		return nil
	}
	var d, m big.Int
	d.Sub(xv, start)
	d.QuoRem(&d, step, &m)
	if m.Sign() != 0 {
		return nil
	}
	return &d
}

// intValue returns o as an exact int (Int or *BigInt) when it is an int or
// bool; ok is false otherwise.
func intValue(o Object) (Object, bool) {
	switch x := o.(type) {
	case Int, *BigInt:
		return x, true
	case Bool:
		if x {
			return Int(1), true
		}
		return Int(0), true
	}
	return nil, false
}

func init() {
	builtinTypes = append(builtinTypes, RangeIteratorType, LongRangeIteratorType)
	RangeType.New = range_new
	RangeType.Repr = func(t *Thread, o Object) (Object, error) {
		r := o.(*Range)
		start, stop, step, _ := r.parts()
		var b strings.Builder
		b.WriteString("range(")
		for i, v := range []Object{start, stop, step} {
			if i == 2 && v == Int(1) {
				break
			}
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := reprString(t, v)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteByte(')')
		return NewStr(b.String()), nil
	}
	RangeType.Hash = func(t *Thread, o Object) (int64, error) {
		r := o.(*Range)
		start, _, step, length := r.parts()
		switch length {
		case Int(0):
			return hashTuple(t, []Object{length, None, None})
		case Int(1):
			return hashTuple(t, []Object{length, start, None})
		}
		return hashTuple(t, []Object{length, start, step})
	}
	RangeType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*Range)
		y, ok2 := b.(*Range)
		if !ok1 || !ok2 || (op != OpEq && op != OpNe) {
			return NotImplemented, nil
		}
		return Bool(x.equal(y) == (op == OpEq)), nil
	}
	RangeType.Bool = func(t *Thread, o Object) (bool, error) {
		r := o.(*Range)
		if r.big == nil {
			return r.length != 0, nil
		}
		return r.big.length.Sign() != 0, nil
	}
	RangeType.Len = func(t *Thread, o Object) (int, error) { return o.(*Range).Len() }
	RangeType.GetItem = range_getitem
	RangeType.Contains = func(t *Thread, o, v Object) (bool, error) {
		r := o.(*Range)
		if x, ok := intValue(v); ok {
			return r.position(x) != nil, nil
		}
		found := false
		err := r.each(func(item Object) (bool, error) {
			eq, err := itemsEqual(t, item, v)
			found = eq
			return !eq, err
		})
		return found, err
	}
	RangeType.Iter = func(t *Thread, o Object) (Object, error) {
		r := o.(*Range)
		if r.big == nil {
			return &RangeIterator{next: r.start, step: r.step, left: r.length}, nil
		}
		start, _, step, length := r.bigParts()
		it := &LongRangeIterator{}
		it.next.Set(start)
		it.step.Set(step)
		it.left.Set(length)
		return it, nil
	}
	RangeType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		r := o.(*Range)
		start, stop, step, _ := r.parts()
		switch name {
		case "start":
			return start, nil
		case "stop":
			return stop, nil
		case "step":
			return step, nil
		}
		return typeAttr(t, o, name)
	}
	RangeType.AddMethod("count", range_count)
	RangeType.AddMethod("index", range_index)
	RangeType.AddMethod("__reversed__", range_reversed)

	RangeIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*RangeIterator)
		if it.left <= 0 {
			return nil, nil
		}
		v := it.next
		it.next += it.step
		it.left--
		return Int(v), nil
	}
	RangeIteratorType.AddMethod("__length_hint__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		it, err := selfArg[*RangeIterator](args, RangeIteratorType, "__length_hint__")
		if err != nil {
			return nil, err
		}
		return Int(it.left), nil
	})
	LongRangeIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*LongRangeIterator)
		if it.left.Sign() <= 0 {
			return nil, nil
		}
		v := intFromBig(&it.next)
		it.next.Add(&it.next, &it.step)
		it.left.Sub(&it.left, big.NewInt(1))
		return v, nil
	}
}

// range_new implements range(stop) and range(start, stop[, step]).
func range_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "range() takes no keyword arguments")
	}
	if err := checkArgCount("range", len(args), 1, 3); err != nil {
		return nil, err
	}
	vals := make([]Object, len(args))
	allSmall := true
	for i, a := range args {
		v, ok, err := indexObject(t, a)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(a))
		}
		if _, isBig := v.(*BigInt); isBig {
			allSmall = false
		}
		vals[i] = v
	}
	start, stop, step := Object(Int(0)), vals[0], Object(Int(1))
	if len(vals) > 1 {
		start, stop = vals[0], vals[1]
	}
	if len(vals) > 2 {
		step = vals[2]
		if step == Int(0) {
			return nil, Errorf(ValueError, "range() arg 3 must not be zero")
		}
	}
	if allSmall {
		return NewRange(int64(start.(Int)), int64(stop.(Int)), int64(step.(Int))), nil
	}
	return newRangeBig(bigOf(start), bigOf(stop), bigOf(step)), nil
}

// equal reports whether two ranges hold the same sequence.
func (r *Range) equal(o *Range) bool {
	if r == o {
		return true
	}
	if r.big == nil && o.big == nil {
		if r.length != o.length {
			return false
		}
		if r.length == 0 {
			return true
		}
		if r.start != o.start {
			return false
		}
		return r.length == 1 || r.step == o.step
	}
	s1, _, st1, n1 := r.bigParts()
	s2, _, st2, n2 := o.bigParts()
	if n1.Cmp(n2) != 0 {
		return false
	}
	if n1.Sign() == 0 {
		return true
	}
	if s1.Cmp(s2) != 0 {
		return false
	}
	return n1.Cmp(big.NewInt(1)) == 0 || st1.Cmp(st2) == 0
}

// each calls fn for the items of r in order, stopping when it returns false.
func (r *Range) each(fn func(Object) (bool, error)) error {
	if r.big == nil {
		for i := int64(0); i < r.length; i++ {
			ok, err := fn(r.item(i))
			if err != nil || !ok {
				return err
			}
		}
		return nil
	}
	start, _, step, length := r.bigParts()
	var v, i big.Int
	v.Set(start)
	for i.SetInt64(0); i.Cmp(length) < 0; i.Add(&i, big.NewInt(1)) {
		ok, err := fn(intFromBig(&v))
		if err != nil || !ok {
			return err
		}
		v.Add(&v, step)
	}
	return nil
}

// range_getitem implements range[i] and range[i:j:k].
func range_getitem(t *Thread, o, key Object) (Object, error) {
	r := o.(*Range)
	if s, ok := key.(*Slice); ok {
		return r.slice(t, s)
	}
	v, ok, err := indexObject(t, key)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeError, "range indices must be integers or slices, not %s", TypeName(key))
	}
	if i, small := v.(Int); small && r.big == nil {
		if i < 0 {
			i += Int(r.length)
		}
		if i < 0 || int64(i) >= r.length {
			return nil, Errorf(IndexError, "range object index out of range")
		}
		return r.item(int64(i)), nil
	}
	_, _, _, length := r.bigParts()
	var i big.Int
	i.Set(bigOf(v))
	if i.Sign() < 0 {
		i.Add(&i, length)
	}
	if i.Sign() < 0 || i.Cmp(length) >= 0 {
		return nil, Errorf(IndexError, "range object index out of range")
	}
	return r.bigItem(&i), nil
}

// slice returns r[s] as a new range.
func (r *Range) slice(t *Thread, s *Slice) (Object, error) {
	start, _, step, length := r.bigParts()
	sstep := big.NewInt(1)
	if s.Step != None {
		v, ok, err := indexObject(t, s.Step)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		sstep = bigOf(v)
		if sstep.Sign() == 0 {
			return nil, Errorf(ValueError, "slice step cannot be zero")
		}
	}
	var lower, upper big.Int
	if sstep.Sign() < 0 {
		lower.SetInt64(-1)
		upper.Add(length, big.NewInt(-1))
	} else {
		upper.Set(length)
	}
	bound := func(o Object, dflt *big.Int) (*big.Int, error) {
		if o == None {
			return dflt, nil
		}
		v, ok, err := indexObject(t, o)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, Errorf(TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		var x big.Int
		x.Set(bigOf(v))
		if x.Sign() < 0 {
			x.Add(&x, length)
			if x.Cmp(&lower) < 0 {
				x.Set(&lower)
			}
		} else if x.Cmp(&upper) > 0 {
			x.Set(&upper)
		}
		return &x, nil
	}
	dStart, dStop := &lower, &upper
	if sstep.Sign() < 0 {
		dStart, dStop = &upper, &lower
	}
	a, err := bound(s.Start, dStart)
	if err != nil {
		return nil, err
	}
	b, err := bound(s.Stop, dStop)
	if err != nil {
		return nil, err
	}
	var nstart, nstop, nstep big.Int
	nstart.Mul(a, step)
	nstart.Add(&nstart, start)
	nstop.Mul(b, step)
	nstop.Add(&nstop, start)
	nstep.Mul(step, sstep)
	return newRangeBig(&nstart, &nstop, &nstep), nil
}

func range_count(t *Thread, args []Object, kwnames []string) (Object, error) {
	r, err := selfArg[*Range](args, RangeType, "count")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("range.count", args, kwnames); err != nil {
		return nil, err
	}
	if x, ok := intValue(args[1]); ok {
		if r.position(x) != nil {
			return Int(1), nil
		}
		return Int(0), nil
	}
	c := 0
	err = r.each(func(item Object) (bool, error) {
		eq, err := itemsEqual(t, item, args[1])
		if eq {
			c++
		}
		return true, err
	})
	return Int(c), err
}

func range_index(t *Thread, args []Object, kwnames []string) (Object, error) {
	r, err := selfArg[*Range](args, RangeType, "index")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("range.index", args, kwnames); err != nil {
		return nil, err
	}
	if x, ok := intValue(args[1]); ok {
		if p := r.position(x); p != nil {
			return intFromBig(p), nil
		}
		s, err := reprString(t, args[1])
		if err != nil {
			return nil, err
		}
		return nil, Errorf(ValueError, "%s is not in range", s)
	}
	i := 0
	found := false
	err = r.each(func(item Object) (bool, error) {
		eq, err := itemsEqual(t, item, args[1])
		if eq {
			found = true
			return false, err
		}
		i++
		return true, err
	})
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, Errorf(ValueError, "sequence.index(x): x not in sequence")
	}
	return Int(i), nil
}

func range_reversed(t *Thread, args []Object, kwnames []string) (Object, error) {
	r, err := selfArg[*Range](args, RangeType, "__reversed__")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("range.__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	if r.big == nil && r.length > 0 {
		last := int64(uint64(r.start) + uint64(r.length-1)*uint64(r.step))
		if r.step != math.MinInt64 {
			return &RangeIterator{next: last, step: -r.step, left: r.length}, nil
		}
	}
	if r.big == nil && r.length == 0 {
		return &RangeIterator{}, nil
	}
	start, _, step, length := r.bigParts()
	it := &LongRangeIterator{}
	// last = start + (length-1)*step
	it.next.Sub(length, big.NewInt(1))
	it.next.Mul(&it.next, step)
	it.next.Add(&it.next, start)
	it.step.Neg(step)
	it.left.Set(length)
	return it, nil
}

// A RangeIterator iterates over a range that fits in int64.
type RangeIterator struct {
	next, step int64
	left       int64 // items still to produce
}

// Type returns range_iterator.
func (*RangeIterator) Type() *Type { return RangeIteratorType }

// NextItem returns the next int, or nil when exhausted.
func (it *RangeIterator) NextItem() Object {
	if it.left <= 0 {
		return nil
	}
	v := it.next
	it.next += it.step
	it.left--
	return Int(v)
}

// A LongRangeIterator iterates over a range with big bounds.
type LongRangeIterator struct {
	next, step, left big.Int
}

// Type returns longrange_iterator.
func (*LongRangeIterator) Type() *Type { return LongRangeIteratorType }
