package vm

// This file defines set and frozenset, and the set iterator.
//
// The hash table follows CPython's Objects/setobject.c closely, so that
// iteration order (and therefore repr) matches CPython for values whose
// hashes match (ints, bools, floats): a table of at least 8 slots, probing
// LINEAR_PROBES adjacent slots before jumping with the perturbation
// recurrence, deleted slots left as dummies, and growth when fill*5 >=
// mask*3. The set algebra routines mirror CPython's too, because the order
// in which they visit and insert items decides the resulting order.

import (
	"strings"

	"pyco/parser"
)

const (
	setMinSize      = 8
	setLinearProbes = 9
	setPerturbShift = 5
)

// setEntry is one slot of a set's table: unused (key nil), a dummy (key
// setDummy, hash -1) or active.
type setEntry struct {
	key  Object
	hash int64
}

// setDummyKey is the type of setDummy.
type setDummyKey struct{}

// Type returns object; the dummy never escapes the set code.
func (*setDummyKey) Type() *Type { return ObjectType }

// setDummy marks a deleted slot.
var setDummy Object = &setDummyKey{}

// Set is a pyco set or frozenset.
//
// Class is the user subclass the set is an instance of; or nil for a plain
// set or frozenset. Attrs holds the instance attributes of such subclass
// instances; or nil.
type Set struct {
	table  []setEntry // len is a power of 2, >= setMinSize
	fill   int        // active + dummy slots
	used   int        // active slots
	finger int        // where pop starts searching
	hash   int64      // cached frozenset hash; or -1
	frozen bool       // a frozenset
	Class  *Type      // the subclass; or nil for set / frozenset
	Attrs  *Dict      // instance attributes of a subclass instance; or nil
}

// NewSet returns an empty set.
func NewSet() *Set { return &Set{table: make([]setEntry, setMinSize), hash: -1} }

// NewFrozenSet returns an empty frozenset (fill it with Add before sharing).
func NewFrozenSet() *Set {
	s := NewSet()
	s.frozen = true
	return s
}

// Type returns set or frozenset, or the subclass the set is an instance of.
func (s *Set) Type() *Type {
	if s.Class != nil {
		return s.Class
	}
	if s.frozen {
		return FrozenSetType
	}
	return SetType
}

// AttrDict returns the attribute dict of a subclass instance (see
// AttrDicter); or nil.
func (s *Set) AttrDict(create bool) *Dict {
	if s.Class == nil {
		return nil
	}
	if s.Attrs == nil && create {
		s.Attrs = NewDict()
	}
	return s.Attrs
}

// Len returns the number of items.
func (s *Set) Len() int { return s.used }

// Items returns the items in iteration order (a fresh slice).
func (s *Set) Items() []Object {
	out := make([]Object, 0, s.used)
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			out = append(out, e.key)
		}
	}
	return out
}

// newEmptyLike returns an empty set of the builtin base kind of s (set or
// frozenset), CPython's make_new_set_basetype.
func newEmptyLike(s *Set) *Set {
	n := NewSet()
	n.frozen = s.frozen
	return n
}

// --- the hash table ---

// lookkey returns the slot holding key, or -1.
func (s *Set) lookkey(t *Thread, key Object, hash int64) (int, error) {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil {
				return -1, nil
			}
			if e.hash == hash {
				start := e.key
				if sameObject(start, key) {
					return int(j), nil
				}
				if ks, ok := start.(*Str); ok {
					if k2, ok := key.(*Str); ok && ks.Type() == StrType && k2.Type() == StrType {
						if ks.S == k2.S {
							return int(j), nil
						}
						goto next
					}
				}
				eq, err := keysEqual(t, start, key)
				if err != nil {
					return -1, err
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || table[j].key != start {
					goto restart
				}
				if eq {
					return int(j), nil
				}
			}
		next:
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// addEntry adds key with the given hash (set_add_entry).
func (s *Set) addEntry(t *Thread, key Object, hash int64) error {
restart:
	table := s.table
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	freeslot := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; ; j++ {
			e := &table[j]
			if e.key == nil {
				if freeslot >= 0 {
					s.used++
					table[freeslot] = setEntry{key, hash}
					return nil
				}
				s.fill++
				s.used++
				*e = setEntry{key, hash}
				if uint64(s.fill)*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.hash == hash {
				start := e.key
				if sameObject(start, key) {
					return nil
				}
				if ks, ok := start.(*Str); ok {
					if k2, ok := key.(*Str); ok && ks.Type() == StrType && k2.Type() == StrType {
						if ks.S == k2.S {
							return nil
						}
						goto next
					}
				}
				eq, err := keysEqual(t, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if len(s.table) != len(table) || &s.table[0] != &table[0] || table[j].key != start {
					goto restart
				}
			} else if e.hash == -1 && e.key == setDummy {
				freeslot = int(j)
			}
		next:
			if probes == 0 {
				break
			}
			probes--
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// insertClean puts key into a table known to hold no dummies and not key.
func insertClean(table []setEntry, key Object, hash int64) {
	mask := uint64(len(table) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for {
		if table[i].key == nil {
			table[i] = setEntry{key, hash}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if table[j].key == nil {
					table[j] = setEntry{key, hash}
					return
				}
			}
		}
		perturb >>= setPerturbShift
		i = (i*5 + 1 + perturb) & mask
	}
}

// resize rebuilds the table with room for minused items (set_table_resize).
func (s *Set) resize(minused int) {
	size := setMinSize
	for size <= minused {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	for _, e := range old {
		if e.key != nil && e.key != setDummy {
			insertClean(s.table, e.key, e.hash)
		}
	}
	s.fill = s.used
}

// discardEntry removes key, reporting whether it was present.
func (s *Set) discardEntry(t *Thread, key Object, hash int64) (bool, error) {
	i, err := s.lookkey(t, key, hash)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	return true, nil
}

// setKeyHash hashes a set element. An unhashable set used as a lookup key
// is retried as a frozenset when frozenRetry is set (`{1} in s`).
func setKeyHash(t *Thread, key Object, frozenRetry bool) (Object, int64, error) {
	h, err := keyHash(t, key)
	if err == nil {
		return key, h, nil
	}
	if k, ok := key.(*Set); ok && frozenRetry && !k.frozen && isTypeError(err) {
		f := NewFrozenSet()
		if err := f.merge(t, k); err != nil {
			return nil, 0, err
		}
		h, err := frozenset_hash(t, f)
		return f, h, err
	}
	return nil, 0, err
}

// Add adds key to the set.
func (s *Set) Add(t *Thread, key Object) error {
	h, err := keyHash(t, key)
	if err != nil {
		return err
	}
	return s.addEntry(t, key, h)
}

// Contains reports whether key is in the set.
func (s *Set) Contains(t *Thread, key Object) (bool, error) {
	key, h, err := setKeyHash(t, key, true)
	if err != nil {
		return false, err
	}
	i, err := s.lookkey(t, key, h)
	return i >= 0, err
}

// containsEntry is Contains for a known hash.
func (s *Set) containsEntry(t *Thread, key Object, h int64) (bool, error) {
	i, err := s.lookkey(t, key, h)
	return i >= 0, err
}

// Discard removes key if present, reporting whether it was.
func (s *Set) Discard(t *Thread, key Object) (bool, error) {
	key, h, err := setKeyHash(t, key, true)
	if err != nil {
		return false, err
	}
	return s.discardEntry(t, key, h)
}

// clearTable empties the set.
func (s *Set) clearTable() {
	s.table = make([]setEntry, setMinSize)
	s.fill, s.used, s.finger = 0, 0, 0
}

// merge adds the items of another set (set_merge).
func (s *Set) merge(t *Thread, o *Set) error {
	if s == o || o.used == 0 {
		return nil
	}
	if uint64(s.fill+o.used)*5 >= uint64(len(s.table)-1)*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && len(s.table) == len(o.table) && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if e.key != nil && e.key != setDummy {
				insertClean(s.table, e.key, e.hash)
			}
		}
		return nil
	}
	for i := 0; i < len(o.table); i++ {
		e := o.table[i]
		if e.key != nil && e.key != setDummy {
			if err := s.addEntry(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update adds the items of an iterable (set_update_internal).
func (s *Set) update(t *Thread, other Object) error {
	switch o := other.(type) {
	case *Set:
		return s.merge(t, o)
	case *Dict:
		if o.Class == nil {
			if uint64(s.fill+o.used)*5 >= uint64(len(s.table)-1)*3 {
				s.resize((s.used + o.used) * 2)
			}
			for i := 0; i < len(o.entries); i++ {
				e := o.entries[i]
				if e.key == nil {
					continue
				}
				if err := s.addEntry(t, e.key, e.hash); err != nil {
					return err
				}
			}
			return nil
		}
	}
	return Iterate(t, other, func(k Object) (bool, error) {
		return true, s.Add(t, k)
	})
}

// Update adds the items of iterable other to the set, like set.update and
// the SET_UPDATE instruction (CPython's _PySet_Update): sets and dicts are
// merged table-wise, which decides the resulting iteration order.
func (s *Set) Update(t *Thread, other Object) error { return s.update(t, other) }

// copySet returns a copy of s of its builtin base kind.
func (s *Set) copySet(t *Thread) *Set {
	n := newEmptyLike(s)
	n.merge(t, s) // cannot fail: no comparisons into an empty set
	return n
}

// each calls fn for the active entries in table order.
func (s *Set) each(fn func(key Object, hash int64) error) error {
	for i := 0; i < len(s.table); i++ {
		e := s.table[i]
		if e.key != nil && e.key != setDummy {
			if err := fn(e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// intersection returns s & other for any iterable other (set_intersection).
func (s *Set) intersection(t *Thread, other Object) (*Set, error) {
	if Object(s) == other {
		return s.copySet(t), nil
	}
	result := newEmptyLike(s)
	if o, ok := other.(*Set); ok {
		so := s
		if o.used > so.used {
			so, o = o, so
		}
		err := o.each(func(k Object, h int64) error {
			in, err := so.containsEntry(t, k, h)
			if err != nil || !in {
				return err
			}
			return result.addEntry(t, k, h)
		})
		return result, err
	}
	err := Iterate(t, other, func(k Object) (bool, error) {
		h, err := keyHash(t, k)
		if err != nil {
			return false, err
		}
		in, err := s.containsEntry(t, k, h)
		if err != nil || !in {
			return err == nil, err
		}
		return true, result.addEntry(t, k, h)
	})
	return result, err
}

// otherSize returns the size of a set or exact dict; ok is false otherwise.
func otherSize(o Object) (int, bool) {
	switch x := o.(type) {
	case *Set:
		return x.used, true
	case *Dict:
		if x.Class == nil {
			return x.used, true
		}
	}
	return 0, false
}

// difference returns s - other (set_difference).
func (s *Set) difference(t *Thread, other Object) (*Set, error) {
	n, ok := otherSize(other)
	if !ok || s.used>>2 > n {
		r := s.copySet(t)
		return r, r.differenceUpdate(t, other)
	}
	result := newEmptyLike(s)
	var err error
	if d, isDict := other.(*Dict); isDict {
		err = s.each(func(k Object, h int64) error {
			_, in, err := d.GetHashed(t, k, h)
			if err != nil || in {
				return err
			}
			return result.addEntry(t, k, h)
		})
	} else {
		o := other.(*Set)
		err = s.each(func(k Object, h int64) error {
			in, err := o.containsEntry(t, k, h)
			if err != nil || in {
				return err
			}
			return result.addEntry(t, k, h)
		})
	}
	return result, err
}

// differenceUpdate removes the items of other (set_difference_update_internal).
func (s *Set) differenceUpdate(t *Thread, other Object) error {
	if Object(s) == other {
		s.clearTable()
		return nil
	}
	if o, ok := other.(*Set); ok {
		if o.used>>3 > s.used {
			var err error
			if o, err = s.intersection(t, o); err != nil {
				return err
			}
		}
		if err := o.each(func(k Object, h int64) error {
			_, err := s.discardEntry(t, k, h)
			return err
		}); err != nil {
			return err
		}
	} else if err := Iterate(t, other, func(k Object) (bool, error) {
		_, err := s.Discard(t, k)
		return err == nil, err
	}); err != nil {
		return err
	}
	if s.fill-s.used <= (len(s.table)-1)/4 {
		return nil
	}
	if s.used > 50000 {
		s.resize(s.used * 2)
	} else {
		s.resize(s.used * 4)
	}
	return nil
}

// symmetricDifferenceUpdate implements s ^= other for any iterable.
func (s *Set) symmetricDifferenceUpdate(t *Thread, other Object) error {
	if Object(s) == other {
		s.clearTable()
		return nil
	}
	toggle := func(k Object, h int64) error {
		found, err := s.discardEntry(t, k, h)
		if err != nil || found {
			return err
		}
		return s.addEntry(t, k, h)
	}
	if d, ok := other.(*Dict); ok && d.Class == nil {
		for i := 0; i < len(d.entries); i++ {
			e := d.entries[i]
			if e.key == nil {
				continue
			}
			if err := toggle(e.key, e.hash); err != nil {
				return err
			}
		}
		return nil
	}
	o, ok := other.(*Set)
	if !ok {
		o = newEmptyLike(s)
		if err := o.update(t, other); err != nil {
			return err
		}
	}
	return o.each(toggle)
}

// symmetricDifference returns s ^ other (set_symmetric_difference).
func (s *Set) symmetricDifference(t *Thread, other Object) (*Set, error) {
	o := newEmptyLike(s)
	if err := o.update(t, other); err != nil {
		return nil, err
	}
	return o, o.symmetricDifferenceUpdate(t, s)
}

// isSubset reports whether every item of s is in o.
func (s *Set) isSubset(t *Thread, o *Set) (bool, error) {
	if s.used > o.used {
		return false, nil
	}
	sub := true
	err := s.each(func(k Object, h int64) error {
		if !sub {
			return nil
		}
		in, err := o.containsEntry(t, k, h)
		if err == nil && !in {
			sub = false
		}
		return err
	})
	return sub, err
}

// asSet returns other as a *Set, building a set from an iterable.
func asSet(t *Thread, other Object) (*Set, error) {
	if o, ok := other.(*Set); ok {
		return o, nil
	}
	o := NewSet()
	return o, o.update(t, other)
}

// frozenset_hash is CPython's frozenset hash.
func frozenset_hash(t *Thread, o Object) (int64, error) {
	s := o.(*Set)
	if s.hash != -1 {
		return s.hash, nil
	}
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	var h uint64
	for _, e := range s.table {
		if e.key != nil && e.key != setDummy {
			h ^= shuffle(uint64(e.hash))
		}
	}
	h ^= (uint64(s.used) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if h == ^uint64(0) {
		h = 590923713
	}
	s.hash = int64(h)
	return s.hash, nil
}

// --- slots ---

// SetIteratorType is the type of set iterators.
var SetIteratorType = newIterType("set_iterator")

// A SetIterator iterates over a set's table.
type SetIterator struct {
	set  *Set // or nil once exhausted
	pos  int
	used int // the set's size when iteration started; -1 after a change
	left int
}

// Type returns set_iterator.
func (*SetIterator) Type() *Type { return SetIteratorType }

func init() {
	builtinTypes = append(builtinTypes, SetIteratorType)
	SetIteratorType.Next = func(t *Thread, o Object) (Object, error) {
		it := o.(*SetIterator)
		s := it.set
		if s == nil {
			return nil, nil
		}
		if it.used != s.used {
			it.used = -1
			return nil, Errorf(RuntimeError, "Set changed size during iteration")
		}
		for i := it.pos; i < len(s.table); i++ {
			if k := s.table[i].key; k != nil && k != setDummy {
				it.pos = i + 1
				it.left--
				return k, nil
			}
		}
		it.set = nil
		return nil, nil
	}
	SetIteratorType.AddMethod("__length_hint__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		it, err := selfArg[*SetIterator](args, SetIteratorType, "__length_hint__")
		if err != nil {
			return nil, err
		}
		if it.set == nil || it.used != it.set.used {
			return Int(0), nil
		}
		return Int(it.left), nil
	})

	SetType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		s := NewSet()
		if cls != SetType {
			s.Class = cls
		}
		return s, nil
	}
	SetType.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
		s, ok := self.(*Set)
		if !ok || s.frozen {
			return Errorf(TypeError, "descriptor '__init__' requires a 'set' object but received a '%s'", TypeName(self))
		}
		if len(kwnames) > 0 && s.Class == nil {
			return Errorf(TypeError, "set() takes no keyword arguments")
		}
		if err := checkArgCount("set", len(args)-len(kwnames), 0, 1); err != nil {
			return err
		}
		if s.fill > 0 {
			s.clearTable()
		}
		if len(args)-len(kwnames) == 1 {
			return s.update(t, args[0])
		}
		return nil
	}
	FrozenSetType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 && cls == FrozenSetType {
			return nil, Errorf(TypeError, "frozenset() takes no keyword arguments")
		}
		npos := len(args) - len(kwnames)
		if err := checkArgCount("frozenset", npos, 0, 1); err != nil {
			return nil, err
		}
		if npos == 1 && cls == FrozenSetType {
			if f, ok := args[0].(*Set); ok && f.frozen && f.Class == nil {
				return f, nil
			}
		}
		s := NewFrozenSet()
		if cls != FrozenSetType {
			s.Class = cls
		}
		if npos == 1 {
			if err := s.update(t, args[0]); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	FrozenSetType.Hash = frozenset_hash

	for _, typ := range []*Type{SetType, FrozenSetType} {
		typ.Repr = set_repr
		typ.RichCompare = set_richcompare
		typ.BinaryOp = set_binop
		typ.Len = func(t *Thread, o Object) (int, error) { return o.(*Set).used, nil }
		typ.Contains = func(t *Thread, o, v Object) (bool, error) { return o.(*Set).Contains(t, v) }
		typ.Iter = func(t *Thread, o Object) (Object, error) {
			s := o.(*Set)
			return &SetIterator{set: s, used: s.used, left: s.used}, nil
		}
		typ.AddMethod("copy", set_copy)
		typ.AddMethod("union", set_union)
		typ.AddMethod("intersection", set_intersection)
		typ.AddMethod("difference", set_difference)
		typ.AddMethod("symmetric_difference", set_symmetric_difference)
		typ.AddMethod("issubset", set_issubset)
		typ.AddMethod("issuperset", set_issuperset)
		typ.AddMethod("isdisjoint", set_isdisjoint)
	}
	SetType.AddMethod("add", set_add)
	SetType.AddMethod("remove", set_remove)
	SetType.AddMethod("discard", set_discard)
	SetType.AddMethod("pop", set_pop)
	SetType.AddMethod("clear", set_clear)
	SetType.AddMethod("update", set_update)
	SetType.AddMethod("intersection_update", set_intersection_update)
	SetType.AddMethod("difference_update", set_difference_update)
	SetType.AddMethod("symmetric_difference_update", set_symmetric_difference_update)
}

// set_repr implements repr: {1, 2}, set(), frozenset({1}), frozenset().
func set_repr(t *Thread, o Object) (Object, error) {
	s := o.(*Set)
	name := TypeName(s)
	if s.used == 0 {
		return NewStr(name + "()"), nil
	}
	if !reprEnter(t, s) {
		return NewStr(name + "(...)"), nil
	}
	defer reprLeave(t, s)
	var b strings.Builder
	plain := s.Class == nil && !s.frozen
	if !plain {
		b.WriteString(name)
		b.WriteByte('(')
	}
	b.WriteByte('{')
	if err := reprItems(t, &b, s.Items()); err != nil {
		return nil, err
	}
	b.WriteByte('}')
	if !plain {
		b.WriteByte(')')
	}
	return NewStr(b.String()), nil
}

// set_richcompare compares sets by inclusion.
func set_richcompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	v, ok1 := a.(*Set)
	w, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	var r bool
	var err error
	switch op {
	case OpEq, OpNe:
		if v.used == w.used {
			if v.hash != -1 && w.hash != -1 && v.hash != w.hash {
				r = false
			} else {
				r, err = v.isSubset(t, w)
			}
		}
		if op == OpNe {
			r = !r
		}
	case OpLe:
		r, err = v.isSubset(t, w)
	case OpGe:
		r, err = w.isSubset(t, v)
	case OpLt:
		if v.used < w.used {
			r, err = v.isSubset(t, w)
		}
	case OpGt:
		if v.used > w.used {
			r, err = w.isSubset(t, v)
		}
	}
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

// set_binop implements | & - ^ and their in-place forms between sets.
func set_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	s, ok1 := a.(*Set)
	o, ok2 := b.(*Set)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if inplace && !s.frozen {
		var err error
		switch parser.Operator(op) {
		case parser.BitOr:
			err = s.merge(t, o)
		case parser.BitAnd:
			var r *Set
			if r, err = s.intersection(t, o); err == nil {
				s.swapBodies(r)
			}
		case parser.Sub:
			err = s.differenceUpdate(t, o)
		case parser.BitXor:
			err = s.symmetricDifferenceUpdate(t, o)
		default:
			return NotImplemented, nil
		}
		if err != nil {
			return nil, err
		}
		return s, nil
	}
	switch parser.Operator(op) {
	case parser.BitOr:
		r := s.copySet(t)
		if s == o {
			return r, nil
		}
		return r, r.merge(t, o)
	case parser.BitAnd:
		return s.intersection(t, o)
	case parser.Sub:
		return s.difference(t, o)
	case parser.BitXor:
		return s.symmetricDifference(t, o)
	}
	return NotImplemented, nil
}

// swapBodies gives s the contents of r (CPython's set_swap_bodies).
func (s *Set) swapBodies(r *Set) {
	s.table, s.fill, s.used, s.finger = r.table, r.fill, r.used, r.finger
	s.hash = -1
}

// --- methods ---

// setSelf returns args[0] as a *Set for a method of set or frozenset.
func setSelf(args []Object, name string, mutating bool) (*Set, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "unbound method set.%s() needs an argument", name)
	}
	s, ok := args[0].(*Set)
	if !ok || (mutating && s.frozen) {
		return nil, Errorf(TypeError, "descriptor '%s' for 'set' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
	}
	return s, nil
}

// qual returns "set.name" or "frozenset.name" for error messages.
func (s *Set) qual(name string) string {
	if s.frozen {
		return "frozenset." + name
	}
	return "set." + name
}

// The argument checks setMethodSelf makes after setSelf.
const (
	setAnyArgs = iota // any positional arguments, no keywords
	setNoArgs         // no arguments
	setOneArg         // exactly one positional argument
)

// setMethodSelf is setSelf followed by the argument check named by nargs,
// whose error names the method as s.qual(name).
func setMethodSelf(args []Object, kwnames []string, name string, mutating bool, nargs int) (*Set, error) {
	s, err := setSelf(args, name, mutating)
	if err != nil {
		return nil, err
	}
	switch nargs {
	case setNoArgs:
		err = checkNoArgs(s.qual(name), args, kwnames)
	case setOneArg:
		err = checkOneArg(s.qual(name), args, kwnames)
	default:
		err = noKwargs(s.qual(name), kwnames)
	}
	if err != nil {
		return nil, err
	}
	return s, nil
}

func set_add(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "add", true, setOneArg)
	if err != nil {
		return nil, err
	}
	return None, s.Add(t, args[1])
}

func set_remove(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "remove", true, setOneArg)
	if err != nil {
		return nil, err
	}
	found, err := s.Discard(t, args[1])
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, NewException(KeyError, args[1])
	}
	return None, nil
}

func set_discard(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "discard", true, setOneArg)
	if err != nil {
		return nil, err
	}
	_, err = s.Discard(t, args[1])
	if err != nil {
		return nil, err
	}
	return None, nil
}

func set_pop(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "pop", true, setNoArgs)
	if err != nil {
		return nil, err
	}
	if s.used == 0 {
		return nil, Errorf(KeyError, "pop from an empty set")
	}
	mask := len(s.table) - 1
	i := s.finger & mask
	for s.table[i].key == nil || s.table[i].key == setDummy {
		i++
		if i > mask {
			i = 0
		}
	}
	k := s.table[i].key
	s.table[i] = setEntry{setDummy, -1}
	s.used--
	s.finger = i + 1
	return k, nil
}

func set_clear(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "clear", true, setNoArgs)
	if err != nil {
		return nil, err
	}
	s.clearTable()
	return None, nil
}

func set_copy(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "copy", false, setNoArgs)
	if err != nil {
		return nil, err
	}
	if s.frozen && s.Class == nil {
		return s, nil
	}
	return s.copySet(t), nil
}

func set_union(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "union", false, setAnyArgs)
	if err != nil {
		return nil, err
	}
	r := s.copySet(t)
	for _, o := range args[1:] {
		if o == Object(s) {
			continue
		}
		if err := r.update(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func set_intersection(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "intersection", false, setAnyArgs)
	if err != nil {
		return nil, err
	}
	return s.intersectionMulti(t, args[1:])
}

// intersectionMulti intersects s with each of others in turn.
func (s *Set) intersectionMulti(t *Thread, others []Object) (*Set, error) {
	if len(others) == 0 {
		return s.copySet(t), nil
	}
	r := s
	for _, o := range others {
		var err error
		if r, err = r.intersection(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func set_difference(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "difference", false, setAnyArgs)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return s.copySet(t), nil
	}
	r, err := s.difference(t, args[1])
	if err != nil {
		return nil, err
	}
	for _, o := range args[2:] {
		if err := r.differenceUpdate(t, o); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func set_symmetric_difference(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "symmetric_difference", false, setOneArg)
	if err != nil {
		return nil, err
	}
	return s.symmetricDifference(t, args[1])
}

func set_issubset(t *Thread, args []Object, kwnames []string) (Object, error) {
	return setSubsetMethod(t, args, kwnames, "issubset", false)
}

func set_issuperset(t *Thread, args []Object, kwnames []string) (Object, error) {
	return setSubsetMethod(t, args, kwnames, "issuperset", true)
}

// setSubsetMethod implements issubset and, with superset, issuperset.
func setSubsetMethod(t *Thread, args []Object, kwnames []string, name string, superset bool) (Object, error) {
	s, err := setMethodSelf(args, kwnames, name, false, setOneArg)
	if err != nil {
		return nil, err
	}
	o, err := asSet(t, args[1])
	if err != nil {
		return nil, err
	}
	if superset {
		s, o = o, s
	}
	r, err := s.isSubset(t, o)
	if err != nil {
		return nil, err
	}
	return Bool(r), nil
}

func set_isdisjoint(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "isdisjoint", false, setOneArg)
	if err != nil {
		return nil, err
	}
	disjoint := true
	if o, ok := args[1].(*Set); ok {
		small, big := s, o
		if small.used > big.used {
			small, big = big, small
		}
		err = small.each(func(k Object, h int64) error {
			if !disjoint {
				return nil
			}
			in, err := big.containsEntry(t, k, h)
			if in {
				disjoint = false
			}
			return err
		})
	} else {
		err = Iterate(t, args[1], func(k Object) (bool, error) {
			h, err := keyHash(t, k)
			if err != nil {
				return false, err
			}
			in, err := s.containsEntry(t, k, h)
			if in {
				disjoint = false
			}
			return !in, err
		})
	}
	if err != nil {
		return nil, err
	}
	return Bool(disjoint), nil
}

func set_update(t *Thread, args []Object, kwnames []string) (Object, error) {
	return setUpdateEach(t, args, kwnames, "update", (*Set).update)
}

// setUpdateEach implements update and difference_update: it applies op
// to the set with each argument in turn.
func setUpdateEach(t *Thread, args []Object, kwnames []string, name string, op func(*Set, *Thread, Object) error) (Object, error) {
	s, err := setMethodSelf(args, kwnames, name, true, setAnyArgs)
	if err != nil {
		return nil, err
	}
	for _, o := range args[1:] {
		if err := op(s, t, o); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func set_intersection_update(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "intersection_update", true, setAnyArgs)
	if err != nil {
		return nil, err
	}
	r, err := s.intersectionMulti(t, args[1:])
	if err != nil {
		return nil, err
	}
	if r != s {
		s.swapBodies(r)
	}
	return None, nil
}

func set_difference_update(t *Thread, args []Object, kwnames []string) (Object, error) {
	return setUpdateEach(t, args, kwnames, "difference_update", (*Set).differenceUpdate)
}

func set_symmetric_difference_update(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := setMethodSelf(args, kwnames, "symmetric_difference_update", true, setOneArg)
	if err != nil {
		return nil, err
	}
	return None, s.symmetricDifferenceUpdate(t, args[1])
}
