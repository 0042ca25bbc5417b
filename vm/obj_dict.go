package vm

// This file defines dict: an insertion-ordered hash table keyed by any
// hashable pyco value, with a fast path for str keys.
//
// The layout follows CPython's compact dict: entries holds the items in
// insertion order and index is an open-addressing table of positions into
// entries. Deleting an item clears its entry's key (a tombstone that the
// probe sequence walks over); tombstones are squeezed out when the table is
// rebuilt on growth.

import (
	"strings"

	"pyco/parser"
)

// dictEntry is one slot of Dict.entries.
type dictEntry struct {
	hash  int64
	key   Object // nil for a deleted entry
	value Object
}

// Index slot markers: a slot is empty, a dummy (its entry was deleted;
// probing continues past it), or a position in entries.
const (
	dictEmpty = -1
	dictDummy = -2
)

// dictMinSize is the size of the first index table.
const dictMinSize = 8

// Dict is a pyco dict.
//
// Class is the user subclass the dict is an instance of; or nil for a plain
// dict. Attrs holds the instance attributes of such subclass instances; or
// nil (the attribute code of the core creates it on first assignment).
type Dict struct {
	entries []dictEntry
	index   []int32 // dictEmpty, dictDummy or a position in entries; len is a power of 2 (or 0)
	used    int     // number of live entries
	fill    int     // number of index slots that are not empty
	version uint64  // incremented by every insertion and deletion
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

// hashString returns the hash of a str holding s: a multiply-xorshift hash
// over 8-byte words with a murmur3 finaliser, so that the low bits used by
// small tables are well mixed even for one-letter names. The str type's
// Hash slot uses it, so hash(NewStr(s)) == hashString(s). It never returns
// -1.
func hashString(s string) int64 {
	const m = 0x9E3779B97F4A7C15
	h := uint64(len(s)) * m
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		h = (h ^ w) * m
		h ^= h >> 29
		s = s[8:]
	}
	if len(s) > 0 {
		var w uint64
		for i := 0; i < len(s); i++ {
			w |= uint64(s[i]) << (8 * i)
		}
		h = (h ^ w) * m
		h ^= h >> 29
	}
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
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
	if s, ok := k.(*Str); ok && s.Type() == StrType {
		return hashString(s.S), nil
	}
	return Hash(t, k)
}

// keysEqual reports whether two keys with equal hashes are equal: identity
// first, then == (which may call a user __eq__).
func keysEqual(t *Thread, a, b Object) (bool, error) {
	if sameObject(a, b) {
		return true, nil
	}
	switch x := a.(type) {
	case *Str:
		if y, ok := b.(*Str); ok && x.Type() == StrType && y.Type() == StrType {
			return x.S == y.S, nil
		}
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	}
	return Equal(t, a, b)
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
	d.fill = len(d.entries)
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
		if p == dictDummy {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
			continue
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
		if p == dictDummy {
			perturb >>= 5
			i = (i*5 + perturb + 1) & mask
			continue
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
	if d.index == nil || (d.fill+1)*3 > len(d.index)*2 {
		d.compact(d.used*2 + 1)
		slot = -1
	}
	if slot >= len(d.index) || (slot >= 0 && d.index[slot] != dictEmpty) {
		slot = -1 // a user __eq__ changed the table since the lookup
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
	d.fill++
	d.version++
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
	pos, slot, err := d.lookup(t, key, h)
	if err != nil || pos < 0 {
		return nil, false, err
	}
	v := d.entries[pos].value
	d.deleteAt(pos, slot)
	return v, true, nil
}

// deleteAt removes entry pos, found at index slot slot.
func (d *Dict) deleteAt(pos, slot int) {
	d.index[slot] = dictDummy
	d.entries[pos] = dictEntry{}
	d.used--
	d.version++
}

// trimTail drops trailing deleted entries (popitem), keeping it O(1).
func (d *Dict) trimTail() {
	n := len(d.entries)
	for n > 0 && d.entries[n-1].key == nil {
		n--
	}
	d.entries = d.entries[:n]
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
	pos, slot := d.lookupStr(name, hashString(name))
	if pos < 0 {
		return false
	}
	d.deleteAt(pos, slot)
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
	d.fill = 0
	d.version++
}

// Copy returns a shallow copy of d as a plain dict.
func (d *Dict) Copy() *Dict {
	c := &Dict{used: d.used}
	if d.used == len(d.entries) && d.fill == d.used {
		c.entries = append([]dictEntry(nil), d.entries...)
		c.index = append([]int32(nil), d.index...)
		c.fill = d.fill
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

// --- iteration support ---

// entryAt returns the live entry at position i or later, and the position
// after it; ok is false when there is none.
func (d *Dict) entryAt(i int) (k, v Object, next int, ok bool) {
	for ; i < len(d.entries); i++ {
		if e := &d.entries[i]; e.key != nil {
			return e.key, e.value, i + 1, true
		}
	}
	return nil, nil, i, false
}

// entryBefore returns the live entry before position i (going backwards),
// and its position; ok is false when there is none.
func (d *Dict) entryBefore(i int) (k, v Object, pos int, ok bool) {
	if i > len(d.entries) {
		i = len(d.entries)
	}
	for i--; i >= 0; i-- {
		if e := &d.entries[i]; e.key != nil {
			return e.key, e.value, i, true
		}
	}
	return nil, nil, -1, false
}

// AttrDict returns the attribute dict of a dict subclass instance (see
// AttrDicter); or nil.
func (d *Dict) AttrDict(create bool) *Dict {
	if d.Class == nil {
		return nil
	}
	if d.Attrs == nil && create {
		d.Attrs = NewDict()
	}
	return d.Attrs
}

// --- classmethod descriptors of builtin types ---

// A BuiltinClassMethod is a Go classmethod of a builtin type (CPython's
// classmethod_descriptor, e.g. dict.fromkeys): looking it up on the type or
// an instance binds the class, which the function receives as args[0].
type BuiltinClassMethod struct {
	Name  string
	Fn    BuiltinFunc
	Owner *Type
}

// BuiltinClassMethodType is the type of BuiltinClassMethod values.
var BuiltinClassMethodType = &Type{Name: "classmethod_descriptor", Module: "builtins", IsBuiltin: true, NoSubclass: true}

// Type returns classmethod_descriptor.
func (*BuiltinClassMethod) Type() *Type { return BuiltinClassMethodType }

// AddBuiltinClassMethod stores a Go classmethod named name in typ's
// namespace; fn receives the class (typ or a subclass) as args[0].
func AddBuiltinClassMethod(typ *Type, name string, fn BuiltinFunc) {
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	typ.Dict.SetStr(name, &BuiltinClassMethod{Name: name, Fn: fn, Owner: typ})
}

func init() {
	builtinTypes = append(builtinTypes, BuiltinClassMethodType)
	BuiltinClassMethodType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		m := descr.(*BuiltinClassMethod)
		if owner == nil {
			owner = inst.Type()
		}
		return &Builtin{Name: m.Name, Fn: m.Fn, Self: owner, Owner: m.Owner}, nil
	}
	BuiltinClassMethodType.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*BuiltinClassMethod)
		return NewStr("<method '" + m.Name + "' of '" + m.Owner.Name + "' objects>"), nil
	}
}

// --- dict slots ---

func init() {
	DictType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		d := &Dict{}
		if cls != DictType {
			d.Class = cls
		}
		return d, nil
	}
	DictType.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
		d, ok := self.(*Dict)
		if !ok {
			return Errorf(TypeError, "descriptor '__init__' requires a 'dict' object but received a '%s'", TypeName(self))
		}
		return d.updateArgs(t, "dict", args, kwnames)
	}
	DictType.Repr = dict_repr
	DictType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*Dict)
		y, ok2 := b.(*Dict)
		if !ok1 || !ok2 || (op != OpEq && op != OpNe) {
			return NotImplemented, nil
		}
		eq, err := x.Equal(t, y)
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == OpEq)), nil
	}
	DictType.BinaryOp = func(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
		d, ok := a.(*Dict)
		if !ok || parser.Operator(op) != parser.BitOr {
			return NotImplemented, nil
		}
		if inplace {
			if err := d.update(t, b); err != nil {
				return nil, err
			}
			return d, nil
		}
		o, ok := b.(*Dict)
		if !ok {
			return NotImplemented, nil
		}
		n := d.Copy()
		if err := n.merge(t, o); err != nil {
			return nil, err
		}
		return n, nil
	}
	DictType.Len = func(t *Thread, o Object) (int, error) { return o.(*Dict).used, nil }
	DictType.GetItem = dict_getitem
	DictType.SetItem = func(t *Thread, o, key, v Object) error { return o.(*Dict).Set(t, key, v) }
	DictType.DelItem = func(t *Thread, o, key Object) error {
		ok, err := o.(*Dict).Delete(t, key)
		if err == nil && !ok {
			err = NewException(KeyError, key)
		}
		return err
	}
	DictType.Contains = func(t *Thread, o, key Object) (bool, error) {
		_, ok, err := o.(*Dict).Get(t, key)
		return ok, err
	}
	DictType.Iter = func(t *Thread, o Object) (Object, error) {
		return newDictIter(o.(*Dict), dictIterKeys, false), nil
	}

	DictType.AddMethod("keys", dict_keys)
	DictType.AddMethod("values", dict_values)
	DictType.AddMethod("items", dict_items)
	DictType.AddMethod("get", dict_get)
	DictType.AddMethod("setdefault", dict_setdefault)
	DictType.AddMethod("pop", dict_pop)
	DictType.AddMethod("popitem", dict_popitem)
	DictType.AddMethod("update", dict_update)
	DictType.AddMethod("copy", dict_copy)
	DictType.AddMethod("clear", dict_clear)
	DictType.AddMethod("__reversed__", dict_reversed)
	AddBuiltinClassMethod(DictType, "fromkeys", dict_fromkeys)
}

// Equal reports whether d and o hold equal items (dict ==).
func (d *Dict) Equal(t *Thread, o *Dict) (bool, error) {
	if d == o {
		return true, nil
	}
	if d.used != o.used {
		return false, nil
	}
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		ov, ok, err := o.GetHashed(t, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if !ok {
			return false, nil
		}
		eq, err := itemsEqual(t, e.value, ov)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

// dict_repr implements repr(dict): {'a': 1}, with {...} for recursion.
func dict_repr(t *Thread, o Object) (Object, error) {
	d := o.(*Dict)
	if d.used == 0 {
		return NewStr("{}"), nil
	}
	if !reprEnter(t, d) {
		return NewStr("{...}"), nil
	}
	defer reprLeave(t, d)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key == nil {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		ks, err := reprString(t, e.key)
		if err != nil {
			return nil, err
		}
		vs, err := reprString(t, e.value)
		if err != nil {
			return nil, err
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
	}
	b.WriteByte('}')
	return NewStr(b.String()), nil
}

// dict_getitem implements d[key], calling __missing__ for subclasses.
func dict_getitem(t *Thread, o, key Object) (Object, error) {
	d := o.(*Dict)
	v, ok, err := d.Get(t, key)
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if d.Class != nil {
		if m := lookupType(d.Class, "__missing__"); m != nil {
			return t.Call(m, []Object{d, key}, nil)
		}
	}
	return nil, NewException(KeyError, key)
}

// merge copies the items of o into d (o's values win).
func (d *Dict) merge(t *Thread, o *Dict) error {
	if d == o || o.used == 0 {
		return nil
	}
	if d.used == 0 && o.Class == nil && d.index == nil {
		c := o.Copy()
		d.entries, d.index, d.used, d.fill = c.entries, c.index, c.used, c.fill
		d.version++
		return nil
	}
	for i := 0; i < len(o.entries); i++ {
		e := o.entries[i]
		if e.key == nil {
			continue
		}
		if err := d.SetHashed(t, e.key, e.value, e.hash); err != nil {
			return err
		}
	}
	return nil
}

// update implements d.update(other) for one positional argument: a dict,
// a mapping with keys(), or an iterable of key/value pairs.
func (d *Dict) update(t *Thread, other Object) error {
	if o, ok := other.(*Dict); ok && o.Class == nil {
		return d.merge(t, o)
	}
	keysFn, err := GetAttrOpt(t, other, "keys")
	if err != nil {
		return err
	}
	if keysFn != nil {
		keys, err := t.Call(keysFn, nil, nil)
		if err != nil {
			return err
		}
		return Iterate(t, keys, func(k Object) (bool, error) {
			v, err := GetItem(t, other, k)
			if err != nil {
				return false, err
			}
			return true, d.Set(t, k, v)
		})
	}
	return d.updatePairs(t, other)
}

// updatePairs adds the key/value pairs of an iterable of pairs.
func (d *Dict) updatePairs(t *Thread, iterable Object) error {
	i := 0
	return Iterate(t, iterable, func(item Object) (bool, error) {
		var pair []Object
		switch x := item.(type) {
		case *Tuple:
			pair = x.Items
		case *List:
			pair = x.Items
		default:
			items, err := sequenceFast(t, item, "")
			if err != nil {
				if isTypeError(err) {
					return false, Errorf(TypeError, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				return false, err
			}
			pair = items
		}
		if len(pair) != 2 {
			return false, Errorf(ValueError, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
		}
		if err := d.Set(t, pair[0], pair[1]); err != nil {
			return false, err
		}
		i++
		return true, nil
	})
}

// updateArgs implements the arguments of dict(...) and dict.update(...):
// at most one positional mapping or iterable, then keyword items.
func (d *Dict) updateArgs(t *Thread, name string, args []Object, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return Errorf(TypeError, "%s expected at most 1 argument, got %d", name, npos)
	}
	if npos == 1 {
		if err := d.update(t, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		d.SetStr(k, args[npos+i])
	}
	return nil
}

// --- dict methods ---

func dict_keys(t *Thread, args []Object, kwnames []string) (Object, error) {
	return dictView(args, kwnames, "keys", "dict.keys", DictKeys)
}

func dict_values(t *Thread, args []Object, kwnames []string) (Object, error) {
	return dictView(args, kwnames, "values", "dict.values", DictValues)
}

func dict_items(t *Thread, args []Object, kwnames []string) (Object, error) {
	return dictView(args, kwnames, "items", "dict.items", DictItems)
}

// dictView implements dict.keys, dict.values and dict.items: name is the
// method's name, qual "dict."+name and kind the view's kind.
func dictView(args []Object, kwnames []string, name, qual string, kind DictViewKind) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, name)
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs(qual, args, kwnames); err != nil {
		return nil, err
	}
	return &DictView{Dict: d, Kind: kind}, nil
}

func dict_get(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "get")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("dict.get", "get", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	v, ok, err := d.Get(t, args[1])
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if len(args) == 3 {
		return args[2], nil
	}
	return None, nil
}

func dict_setdefault(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "setdefault")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("dict.setdefault", "setdefault", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	h, err := keyHash(t, args[1])
	if err != nil {
		return nil, err
	}
	pos, slot, err := d.lookup(t, args[1], h)
	if err != nil {
		return nil, err
	}
	if pos >= 0 {
		return d.entries[pos].value, nil
	}
	v := Object(None)
	if len(args) == 3 {
		v = args[2]
	}
	d.insertNew(args[1], v, h, slot)
	return v, nil
}

func dict_pop(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "pop")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("dict.pop", "pop", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	v, ok, err := d.Pop(t, args[1])
	if err != nil {
		return nil, err
	}
	if ok {
		return v, nil
	}
	if len(args) == 3 {
		return args[2], nil
	}
	return nil, NewException(KeyError, args[1])
}

func dict_popitem(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "popitem")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("dict.popitem", args, kwnames); err != nil {
		return nil, err
	}
	k, v, pos, ok := d.entryBefore(len(d.entries))
	if !ok {
		return nil, Errorf(KeyError, "popitem(): dictionary is empty")
	}
	// Find the index slot of the entry to turn it into a dummy.
	h := d.entries[pos].hash
	mask := uint64(len(d.index) - 1)
	i := uint64(h) & mask
	perturb := uint64(h)
	for int(d.index[i]) != pos {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	d.deleteAt(pos, int(i))
	d.trimTail()
	return NewTuple([]Object{k, v}), nil
}

func dict_update(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "update")
	if err != nil {
		return nil, err
	}
	return None, d.updateArgs(t, "update", args[1:], kwnames)
}

func dict_copy(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "copy")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("dict.copy", args, kwnames); err != nil {
		return nil, err
	}
	return d.Copy(), nil
}

func dict_clear(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "clear")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("dict.clear", args, kwnames); err != nil {
		return nil, err
	}
	d.Clear()
	return None, nil
}

func dict_reversed(t *Thread, args []Object, kwnames []string) (Object, error) {
	d, err := selfArg[*Dict](args, DictType, "__reversed__")
	if err != nil {
		return nil, err
	}
	if err := checkNoArgs("dict.__reversed__", args, kwnames); err != nil {
		return nil, err
	}
	return newDictIter(d, dictIterKeys, true), nil
}

// dict_fromkeys implements the classmethod dict.fromkeys(iterable, value=None).
func dict_fromkeys(t *Thread, args []Object, kwnames []string) (Object, error) {
	cls, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeError, "fromkeys() requires a type")
	}
	if err := checkArgs("dict.fromkeys", "fromkeys", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	v := Object(None)
	if len(args) == 3 {
		v = args[2]
	}
	if cls == DictType {
		d := NewDict()
		err := Iterate(t, args[1], func(k Object) (bool, error) {
			return true, d.Set(t, k, v)
		})
		return d, err
	}
	d, err := t.Call(cls, nil, nil)
	if err != nil {
		return nil, err
	}
	err = Iterate(t, args[1], func(k Object) (bool, error) {
		return true, SetItem(t, d, k, v)
	})
	return d, err
}
