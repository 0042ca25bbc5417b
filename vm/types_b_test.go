package vm

// This file tests the container types of types-B: dict, list, tuple, set,
// range, slice, the iterators and files.

import (
	"fmt"
	"testing"
)

func TestDictBasic(t *testing.T) {
	d := NewDict()
	const n = 1000
	for i := 0; i < n; i++ {
		d.SetStr(fmt.Sprint("k", i), Int(i))
		if err := d.Set(nil, Int(i), Int(-i)); err != nil {
			t.Fatal(err)
		}
	}
	if d.Len() != 2*n {
		t.Fatalf("len %d", d.Len())
	}
	for i := 0; i < n; i += 2 {
		if !d.DeleteStr(fmt.Sprint("k", i)) {
			t.Fatalf("delete k%d", i)
		}
		ok, err := d.Delete(nil, Int(i))
		if !ok || err != nil {
			t.Fatalf("delete %d", i)
		}
	}
	for i := 0; i < n; i++ {
		v, ok := d.GetStr(fmt.Sprint("k", i))
		if ok != (i%2 == 1) || (ok && v != Int(i)) {
			t.Fatalf("GetStr k%d = %v %v", i, v, ok)
		}
		v, ok, _ = d.Get(nil, Int(i))
		if ok != (i%2 == 1) || (ok && v != Int(-i)) {
			t.Fatalf("Get %d = %v %v", i, v, ok)
		}
		v, ok, _ = d.Get(nil, NewStr(fmt.Sprint("k", i)))
		if ok != (i%2 == 1) || (ok && v != Int(i)) {
			t.Fatalf("Get str k%d = %v %v", i, v, ok)
		}
	}
	// Insertion order survives compaction.
	for i := 0; i < 3*n; i++ {
		d.SetStr(fmt.Sprint("x", i), None)
	}
	keys := d.Keys()
	if s := keys[0].(*Str).S; s != "k1" {
		t.Fatalf("first key %s", s)
	}
	if k := keys[1]; k != Int(1) {
		t.Fatalf("key %v", k)
	}
	if s := keys[len(keys)-1].(*Str).S; s != fmt.Sprint("x", 3*n-1) {
		t.Fatalf("last key %s", s)
	}
}

func TestDictGetStrNoAlloc(t *testing.T) {
	d := NewDict()
	d.SetStr("alpha", Int(1))
	d.SetStr("beta", Int(2))
	allocs := testing.AllocsPerRun(100, func() {
		d.GetStr("beta")
		d.SetStr("alpha", Int(3))
	})
	if allocs != 0 {
		t.Fatalf("allocs %v", allocs)
	}
}

// reprOf returns repr(o) through the type's Repr slot.
func reprOf(t *testing.T, o Object) string {
	t.Helper()
	s, err := Repr(nil, o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

func ints(ns ...int) []Object {
	out := make([]Object, len(ns))
	for i, n := range ns {
		out[i] = Int(n)
	}
	return out
}

func TestSetOrder(t *testing.T) {
	// Expected values from CPython 3.11.
	cases := []struct {
		in   []Object
		want string
	}{
		{ints(3, 1, 2), "{1, 2, 3}"},
		{ints(10, 2, 33), "{33, 10, 2}"},
		{ints(100, 8, 16, 1, 9, 17), "{1, 100, 8, 9, 16, 17}"},
		{ints(-1, -2, 5, 1000000), "{1000000, 5, -1, -2}"},
	}
	for _, c := range cases {
		s := NewSet()
		for _, x := range c.in {
			if err := s.Add(nil, x); err != nil {
				t.Fatal(err)
			}
		}
		if got := reprOf(t, s); got != c.want {
			t.Errorf("set%v = %s, want %s", c.in, got, c.want)
		}
	}
	// A literal of constants is BUILD_SET 0 + SET_UPDATE of a frozenset.
	f := NewFrozenSet()
	for _, x := range ints(100, 8, 16, 1, 9, 17) {
		f.Add(nil, x)
	}
	lit := NewSet()
	lit.Update(nil, f)
	if got := reprOf(t, lit); got != "{16, 1, 17, 100, 8, 9}" {
		t.Errorf("merged literal = %s", got)
	}
	big := NewSet()
	for i := 0; i < 100; i++ {
		big.Add(nil, Int(i*7))
	}
	for i := 0; i < 100; i += 3 {
		big.Discard(nil, Int(i*7))
	}
	if big.Len() != 66 {
		t.Fatalf("len %d", big.Len())
	}
}

func TestListSlices(t *testing.T) {
	l := NewList(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))
	get := func(a, b, c Object) string {
		v, err := list_getitem(nil, l, NewSlice(a, b, c))
		if err != nil {
			t.Fatal(err)
		}
		return reprOf(t, v)
	}
	if got := get(Int(1), Int(8), Int(3)); got != "[1, 4, 7]" {
		t.Errorf("got %s", got)
	}
	if got := get(nil, nil, Int(-2)); got != "[9, 7, 5, 3, 1]" {
		t.Errorf("got %s", got)
	}
	if got := get(Int(-3), nil, nil); got != "[7, 8, 9]" {
		t.Errorf("got %s", got)
	}
	if err := list_delitem(nil, l, NewSlice(nil, nil, Int(2))); err != nil {
		t.Fatal(err)
	}
	if got := reprOf(t, l); got != "[1, 3, 5, 7, 9]" {
		t.Errorf("after del: %s", got)
	}
	if err := list_setitem(nil, l, NewSlice(Int(1), Int(3), nil), NewList(ints(10, 20, 30))); err != nil {
		t.Fatal(err)
	}
	if got := reprOf(t, l); got != "[1, 10, 20, 30, 7, 9]" {
		t.Errorf("after set: %s", got)
	}
	err := list_setitem(nil, l, NewSlice(nil, nil, Int(2)), NewList(ints(1, 2)))
	if err == nil || err.(*Exception).Args.Items[0].(*Str).S != "attempt to assign sequence of size 2 to extended slice of size 3" {
		t.Errorf("extended slice error: %v", err)
	}
	if err := list_delitem(nil, l, NewSlice(nil, nil, Int(-2))); err != nil {
		t.Fatal(err)
	}
	if got := reprOf(t, l); got != "[1, 20, 7]" {
		t.Errorf("after del step -2: %s", got)
	}
}

func TestSortStable(t *testing.T) {
	var items []Object
	for i := 0; i < 200; i++ {
		items = append(items, NewTuple(ints((i*37)%10, i)))
	}
	l := NewList(items)
	key := NewBuiltin("key", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return args[0].(*Tuple).Items[0], nil
	})
	_ = key
	// Sort by the first element only, through the int fast path on keys.
	keys := make([]Object, len(items))
	for i, it := range items {
		keys[i] = it.(*Tuple).Items[0]
	}
	s := sorter{keys: keys, vals: l.Items}
	s.less = s.pickLess()
	if err := s.sort(); err != nil {
		t.Fatal(err)
	}
	for i := 1; i < len(l.Items); i++ {
		a, b := l.Items[i-1].(*Tuple).Items, l.Items[i].(*Tuple).Items
		if a[0].(Int) > b[0].(Int) || (a[0] == b[0] && a[1].(Int) > b[1].(Int)) {
			t.Fatalf("not stable at %d: %v %v", i, a, b)
		}
	}
}

func TestRange(t *testing.T) {
	r := NewRange(0, 10, 3)
	if got := reprOf(t, r); got != "range(0, 10, 3)" {
		t.Errorf("repr %s", got)
	}
	if n, _ := r.Len(); n != 4 {
		t.Errorf("len %d", n)
	}
	v, err := range_getitem(nil, r, Int(-1))
	if err != nil || v != Int(9) {
		t.Errorf("r[-1] = %v %v", v, err)
	}
	v, err = range_getitem(nil, r, NewSlice(nil, nil, Int(-1)))
	if err != nil || reprOf(t, v) != "range(9, -3, -3)" {
		t.Errorf("r[::-1] = %v %v", v, err)
	}
	if p := r.position(Int(6)); p == nil || p.Int64() != 2 {
		t.Errorf("position 6 = %v", p)
	}
	if p := r.position(Int(7)); p != nil {
		t.Errorf("position 7 = %v", p)
	}
	neg := NewRange(10, -10, -4)
	if n, _ := neg.Len(); n != 5 {
		t.Errorf("neg len %d", n)
	}
}

func TestTupleHash(t *testing.T) {
	// hash((1, 2)) and hash(()) in CPython 3.11.
	h, err := hashTuple(nil, ints(1, 2))
	if err != nil || h != -3550055125485641917 {
		t.Errorf("hash((1, 2)) = %d %v", h, err)
	}
	h, _ = hashTuple(nil, nil)
	if h != 5740354900026072187 {
		t.Errorf("hash(()) = %d", h)
	}
}
