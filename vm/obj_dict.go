package vm

// This file defines dict: an insertion-ordered hash table keyed by any
// hashable pyco value, with a fast path for str keys.

// Dict is a pyco dict.
type Dict struct {
	// TODO(types): entries in insertion order plus an index.
}

// NewDict returns an empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns dict.
func (d *Dict) Type() *Type { return DictType }

// Get returns d[key] and whether it was present.
func (d *Dict) Get(t *Thread, key Object) (Object, bool, error) { panic("TODO(types)") }

// Set stores d[key] = v.
func (d *Dict) Set(t *Thread, key, v Object) error { panic("TODO(types)") }

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(t *Thread, key Object) (bool, error) { panic("TODO(types)") }

// GetStr returns d[name] for a str key without allocating (the fast path for
// namespaces: globals, instance and class dicts).
func (d *Dict) GetStr(name string) (Object, bool) { panic("TODO(types)") }

// SetStr stores d[name] = v for a str key.
func (d *Dict) SetStr(name string, v Object) { panic("TODO(types)") }

// DeleteStr removes a str key, reporting whether it was present.
func (d *Dict) DeleteStr(name string) bool { panic("TODO(types)") }

// Len returns the number of items.
func (d *Dict) Len() int { panic("TODO(types)") }

// Keys returns the keys in insertion order (a fresh slice).
func (d *Dict) Keys() []Object { panic("TODO(types)") }

// Items calls fn for each (key, value) in insertion order, stopping when it
// returns false. The dict must not be resized by fn.
func (d *Dict) Items(fn func(k, v Object) bool) { panic("TODO(types)") }
