package vm

// This file defines dict: an insertion-ordered hash table keyed by any
// hashable pyco value, with a fast path for str keys.
//
// The layout follows CPython's compact dict: entries holds the items in
// insertion order and index is an open-addressing table of positions into
// entries. Deleting an item clears its entry's key (a tombstone that the
// probe sequence walks over); tombstones are squeezed out when the table is
// rebuilt on growth.

// dictEntry is one slot of Dict.entries.
type dictEntry struct {
	hash  int64
	key   Object // nil for a deleted entry
	value Object
}

// Index slot markers.
const dictEmpty = -1

// dictMinSize is the size of the first index table.
const dictMinSize = 8

// Dict is a pyco dict.
//
// Class is the user subclass the dict is an instance of; or nil for a plain
// dict. Attrs holds the instance attributes of such subclass instances; or
// nil (the attribute code of the core creates it on first assignment).
type Dict struct {
	entries []dictEntry
	index   []int32 // dictEmpty or a position in entries; len is a power of 2 (or 0)
	used    int     // number of live entries
	Class   *Type   // the subclass; or nil for dict
	Attrs   *Dict   // instance attributes of a subclass instance; or nil
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// NewDictSize returns an empty dict with room for n items.
func NewDictSize(n int) *Dict {
	d := &Dict{}
	if n > 0 {
		d.entries = make([]dictEntry, 0, n)
		d.buildIndex(indexSizeFor(n))
	}
	return d
}

// Type returns dict, or the subclass the dict is an instance of.
func (d *Dict) Type() *Type {
	if d.Class != nil {
		return d.Class
	}
	return DictType
}

// hashString returns the hash of a str holding s (FNV-1a, 64 bits). The
// str type's Hash slot uses it, so hash(NewStr(s)) == hashString(s). It
// never returns -1.
func hashString(s string) int64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	r := int64(h)
	if r == -1 {
		r = -2
	}
	return r
}

// indexSizeFor returns the index size for holding n entries.
func indexSizeFor(n int) int {
	size := dictMinSize
	for size*2 < n*3 {
		size <<= 1
	}
	return size
}

// keyHash returns the hash of a dict or set key.
func keyHash(t *Thread, k Object) (int64, error) {
	switch k := k.(type) {
	case *Str:
		if k.Type() == StrType {
			return hashString(k.S), nil
		}
	case Int:
		if IntType.Hash == nil {
			return hashInt64(int64(k)), nil
		}
	}
	if h := k.Type().Hash; h != nil {
		return h(t, k)
	}
	return 0, Errorf(TypeError, "unhashable type: '%s'", TypeName(k))
}

// hashInt64 is CPython's hash of a small int: n modulo 2**61-1, keeping
// the sign, with -1 mapped to -2.
func hashInt64(n int64) int64 {
	const p = (1 << 61) - 1
	var h int64
	if n < 0 {
		h = -int64(uint64(-n) % p)
	} else {
		h = n % p
	}
	if h == -1 {
		h = -2
	}
	return h
}

// keysEqual reports whether two keys with equal hashes are equal: identity
// first, then == (which may call a user __eq__).
func keysEqual(t *Thread, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	switch x := a.(type) {
	case *Str:
		if y, ok := b.(*Str); ok {
			return x.S == y.S, nil
		}
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	}
	return slotEqual(t, a, b)
}

// slotEqual reports a == b through the RichCompare slots of both operands.
// TODO(types-B): switch to the core's Equal once protocol.go implements it.
func slotEqual(t *Thread, a, b Object) (bool, error) {
	res := Object(NotImplemented)
	var err error
	if rc := a.Type().RichCompare; rc != nil {
		if res, err = rc(t, a, b, OpEq); err != nil {
			return false, err
		}
	}
	if res == NotImplemented {
		if rc := b.Type().RichCompare; rc != nil {
			if res, err = rc(t, b, a, OpEq); err != nil {
				return false, err
			}
		}
	}
	switch r := res.(type) {
	case Bool:
		return bool(r), nil
	case *NotImplementedType:
		return a == b, nil
	}
	return Truthy(t, res)
}

// buildIndex replaces the index by one of the given size for the current
// entries, which must hold no tombstones.
func (d *Dict) buildIndex(size int) {
	idx := make([]int32, size)
	for i := range idx {
		idx[i] = dictEmpty
	}
	mask := uint64(size - 1)
	for pos := range d.entries {
		h := d.entries[pos].hash
		i := uint64(h) & mask
		perturb := uint64(h)
		for idx[i] != dictEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		idx[i] = int32(pos)
	}
	d.index = idx
}

// compact drops the tombstones from entries and rebuilds the index for at
// least need live entries.
func (d *Dict) compact(need int) {
	if d.used != len(d.entries) {
		j := 0
		for i := range d.entries {
			if d.entries[i].key != nil {
				d.entries[j] = d.entries[i]
				j++
			}
		}
		clear(d.entries[j:])
		d.entries = d.entries[:j]
	}
	d.buildIndex(indexSizeFor(need))
}

// lookup returns the position in entries of key (with hash h), or -1, and
// the index slot where it was found or could be inserted.
func (d *Dict) lookup(t *Thread, key Object, h int64) (pos int, slot int, err error) {
	if d.index == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		p := d.index[i]
		if p == dictEmpty {
			return -1, int(i), nil
		}
		e := &d.entries[p]
		if e.hash == h && e.key != nil {
			k := e.key
			eq, err := keysEqual(t, k, key)
			if err != nil {
				return -1, -1, err
			}
			if eq {
				return int(p), int(i), nil
			}
			// A user __eq__ may have mutated the dict; restart if so.
			if d.index == nil || int(p) >= len(d.entries) || d.entries[p].key != k {
				return d.lookup(t, key, h)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// lookupStr is lookup for a str key that never calls user code.
func (d *Dict) lookupStr(name string, h int64) (pos int, slot int) {
	if d.index == nil {
		return -1, -1
	}
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for {
		p := d.index[i]
		if p == dictEmpty {
			return -1, int(i)
		}
		e := &d.entries[p]
		if e.hash == h {
			if s, ok := e.key.(*Str); ok && s.S == name {
				return int(p), int(i)
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// insertNew appends a new entry for a key known to be absent. slot is the
// empty index slot found by lookup (or -1 when the index must be probed).
func (d *Dict) insertNew(key, v Object, h int64, slot int) {
	if d.index == nil || (len(d.entries)+1)*3 > len(d.index)*2 {
		d.compact(d.used*2 + 1)
		slot = -1
	}
	if slot < 0 {
		mask := uint64(len(d.index) - 1)
		i := uint64(h) & mask
		perturb := uint64(h)
		for d.index[i] != dictEmpty {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
		}
		slot = int(i)
	}
	d.index[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: v})
	d.used++
}

// Get returns d[key] and whether it was present.
func (d *Dict) Get(t *Thread, key Object) (Object, bool, error) {
	if s, ok := key.(*Str); ok && s.Type() == StrType {
		v, ok := d.GetStr(s.S)
		return v, ok, nil
	}
	h, err := keyHash(t, key)
	if err != nil {
		return nil, false, err
	}
	pos, _, err := d.lookup(t, key, h)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	return d.entries[pos].value, true, nil
}

// GetHashed is Get for a key whose hash h is already known.
func (d *Dict) GetHashed(t *Thread, key Object, h int64) (Object, bool, error) {
	pos, _, err := d.lookup(t, key, h)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	return d.entries[pos].value, true, nil
}

// Set stores d[key] = v.
func (d *Dict) Set(t *Thread, key, v Object) error {
	h, err := keyHash(t, key)
	if err != nil {
		return err
	}
	return d.SetHashed(t, key, v, h)
}

// SetHashed is Set for a key whose hash h is already known.
func (d *Dict) SetHashed(t *Thread, key, v Object, h int64) error {
	pos, slot, err := d.lookup(t, key, h)
	if err != nil {
		return err
	}
	if pos >= 0 {
		d.entries[pos].value = v
		return nil
	}
	d.insertNew(key, v, h, slot)
	return nil
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(t *Thread, key Object) (bool, error) {
	_, ok, err := d.Pop(t, key)
	return ok, err
}

// Pop removes key and returns its value, reporting whether it was present.
func (d *Dict) Pop(t *Thread, key Object) (Object, bool, error) {
	h, err := keyHash(t, key)
	if err != nil {
		return nil, false, err
	}
	pos, _, err := d.lookup(t, key, h)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	v := d.entries[pos].value
	d.deleteAt(pos)
	return v, true, nil
}

// deleteAt turns entry pos into a tombstone.
func (d *Dict) deleteAt(pos int) {
	d.entries[pos].key = nil
	d.entries[pos].value = nil
	d.used--
	if d.used == 0 {
		// Start afresh: keeps popitem/iteration cheap on drained dicts.
		d.entries = d.entries[:0]
		for i := range d.index {
			d.index[i] = dictEmpty
		}
		return
	}
	// Trim trailing tombstones only when no index slot refers to them
	// would be unsafe; tombstones are left in place and removed by compact.
}

// GetStr returns d[name] for a str key without allocating (the fast path for
// namespaces: globals, instance and class dicts).
func (d *Dict) GetStr(name string) (Object, bool) {
	if d.used == 0 {
		return nil, false
	}
	pos, _ := d.lookupStr(name, hashString(name))
	if pos < 0 {
		return nil, false
	}
	return d.entries[pos].value, true
}

// SetStr stores d[name] = v for a str key.
func (d *Dict) SetStr(name string, v Object) {
	h := hashString(name)
	pos, slot := d.lookupStr(name, h)
	if pos >= 0 {
		d.entries[pos].value = v
		return
	}
	d.insertNew(NewStr(name), v, h, slot)
}

// DeleteStr removes a str key, reporting whether it was present.
func (d *Dict) DeleteStr(name string) bool {
	if d.used == 0 {
		return false
	}
	pos, _ := d.lookupStr(name, hashString(name))
	if pos < 0 {
		return false
	}
	d.deleteAt(pos)
	return true
}

// Len returns the number of items.
func (d *Dict) Len() int { return d.used }

// Keys returns the keys in insertion order (a fresh slice).
func (d *Dict) Keys() []Object {
	keys := make([]Object, 0, d.used)
	for i := range d.entries {
		if k := d.entries[i].key; k != nil {
			keys = append(keys, k)
		}
	}
	return keys
}

// Values returns the values in insertion order (a fresh slice).
func (d *Dict) Values() []Object {
	vals := make([]Object, 0, d.used)
	for i := range d.entries {
		if d.entries[i].key != nil {
			vals = append(vals, d.entries[i].value)
		}
	}
	return vals
}

// Items calls fn for each (key, value) in insertion order, stopping when it
// returns false. The dict must not be resized by fn.
func (d *Dict) Items(fn func(k, v Object) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := &d.entries[i]
		if e.key != nil {
			if !fn(e.key, e.value) {
				return
			}
		}
	}
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.used = 0
}

// Copy returns a shallow copy of d as a plain dict.
func (d *Dict) Copy() *Dict {
	c := &Dict{used: d.used}
	if d.used == len(d.entries) {
		c.entries = append([]dictEntry(nil), d.entries...)
		c.index = append([]int32(nil), d.index...)
		return c
	}
	c.entries = make([]dictEntry, 0, d.used)
	for i := range d.entries {
		if d.entries[i].key != nil {
			c.entries = append(c.entries, d.entries[i])
		}
	}
	c.buildIndex(indexSizeFor(d.used))
	return c
}
