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
