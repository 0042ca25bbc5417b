package vm

// This file defines the type attribute cache: a direct-mapped cache of
// MRO lookups (CPython's method cache) keyed by the type and the identity
// of the name string, invalidated wholesale by a global epoch whenever a
// class attribute changes. It also remembers each name's str hash so that
// the instance dict lookup that usually follows does not rehash.

import (
	"sync/atomic"
	"unsafe"
)

type attrCacheEntry struct {
	typ   *Type
	name  string
	epoch uint64
	hash  int64
	v     Object // or nil when the MRO does not define name
	key   *Str   // the name as a str, shared by the instance dicts that store it
}

const attrCacheSize = 4096

var (
	attrCache [attrCacheSize]atomic.Pointer[attrCacheEntry]
	// typeEpoch is incremented by every change to a class namespace.
	typeEpoch atomic.Uint64
)

// invalidateTypeCache must be called after any class attribute changes.
func invalidateTypeCache() { typeEpoch.Add(1) }

// lookupTypeHash returns lookupType(typ, name) and hashString(name).
func lookupTypeHash(typ *Type, name string) (Object, int64) {
	e := lookupTypeEntry(typ, name)
	return e.v, e.hash
}

// lookupTypeEntry returns the cache entry for (typ, name), filling it.
func lookupTypeEntry(typ *Type, name string) *attrCacheEntry {
	p := uintptr(unsafe.Pointer(unsafe.StringData(name)))
	x := uint64(uintptr(unsafe.Pointer(typ))) ^ uint64(p)*0x9E3779B97F4A7C15 ^ uint64(len(name))
	idx := (x * 0x9E3779B97F4A7C15) >> (64 - 12)
	ep := typeEpoch.Load()
	if e := attrCache[idx].Load(); e != nil && e.typ == typ && e.epoch == ep && len(e.name) == len(name) &&
		unsafe.StringData(e.name) == unsafe.StringData(name) {
		return e
	}
	h := hashString(name)
	v := lookupTypeSlow(typ, name, h)
	e := &attrCacheEntry{typ: typ, name: name, epoch: ep, hash: h, v: v}
	attrCache[idx].Store(e)
	return e
}

// lookupTypeSlow walks the MRO.
func lookupTypeSlow(typ *Type, name string, h int64) Object {
	mro := typ.MRO
	if mro == nil {
		mro = []*Type{typ}
		for c := typ; len(c.Bases) > 0; c = c.Bases[0] {
			mro = append(mro, c.Bases[0])
		}
	}
	for _, c := range mro {
		if d := c.Dict; d != nil && d.used > 0 {
			if pos, _ := d.lookupStr(name, h); pos >= 0 {
				return d.entries[pos].value
			}
		}
	}
	return nil
}

// dictGetStrHashed is d.GetStr(name) with the hash precomputed.
func dictGetStrHashed(d *Dict, name string, h int64) (Object, bool) {
	if d.used == 0 {
		return nil, false
	}
	pos, _ := d.lookupStr(name, h)
	if pos < 0 {
		return nil, false
	}
	return d.entries[pos].value, true
}

// dictSetStrCached is d.SetStr(name, v) with the hash and key str taken
// from an attribute cache entry.
func dictSetStrCached(d *Dict, name string, e *attrCacheEntry, v Object) {
	pos, slot := d.lookupStr(name, e.hash)
	if pos >= 0 {
		d.entries[pos].value = v
		return
	}
	if e.key == nil {
		e.key = NewStr(name)
	}
	d.insertNew(e.key, v, e.hash, slot)
}
