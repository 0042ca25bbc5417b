package vm

// This file defines __slots__: the compact instances of classes that
// declare them (SlotInstance), the member descriptors that read and write
// their values, the checks class creation makes on a __slots__
// declaration, and object.__getstate__.
//
// A user class whose solid builtin base is object gets, when it is
// created (setupSlots), a slot layout: the names of the real slots (not
// __dict__ or __weakref__) of its slotted base chain, then its own,
// sorted as CPython sorts them. When that layout is non-empty or the
// instances have no __dict__ (every class of the MRO declares __slots__
// and none lists '__dict__'), the class is slotted: its instances are
// *SlotInstance, a class pointer and a slice of values allocated in one
// block (80 bytes for three slots, where an *Instance with three
// attributes takes about 270), and each real slot is a member_descriptor
// in the class dict holding its index. A slotted class whose instances
// also have a __dict__ keeps it in one more value after the slots, created
// on first use. Other classes keep *Instance, with no cost for the
// feature. The attribute sections of the dispatch loop cache a slot's
// index per site (keyed by class and type epoch, like the dict position of
// an *Instance attribute), so that obj.slot loads and stores index the
// slice directly.
//
// Classes with another builtin base (list, str, Exception...) accept
// non-empty __slots__ with CPython's checks and get member descriptors
// too, but their instances keep the attribute dict of their base's
// representation, where the descriptors store the values.

import (
	"sort"
	"strings"
)

// A SlotInstance is an instance of a slotted user class (one declaring
// __slots__, see the file comment): Slots holds the value of each real
// slot of the class's layout at the index of its member descriptor, nil
// while unset, then, when the class gives its instances a __dict__, that
// dict (a *Dict, or nil until first needed). An instance's slice never
// changes length: __class__ can only be assigned a class of the same
// layout.
type SlotInstance struct {
	Class *Type
	Slots []Object
}

// Type returns the instance's class.
func (i *SlotInstance) Type() *Type { return i.Class }

// dict returns the instance's __dict__, creating it when create is set;
// or nil when its class gives it none.
func (i *SlotInstance) dict(create bool) *Dict {
	k := i.Class.dictSlot - 1
	if k < 0 || k >= len(i.Slots) {
		return nil
	}
	d, _ := i.Slots[k].(*Dict)
	if d == nil && create {
		d = NewDict()
		i.Slots[k] = d
	}
	return d
}

// Instances with few values are allocated together with them.
type (
	slotBlock1 struct {
		inst SlotInstance
		vals [1]Object
	}
	slotBlock2 struct {
		inst SlotInstance
		vals [2]Object
	}
	slotBlock3 struct {
		inst SlotInstance
		vals [3]Object
	}
	slotBlock4 struct {
		inst SlotInstance
		vals [4]Object
	}
	slotBlock6 struct {
		inst SlotInstance
		vals [6]Object
	}
	slotBlock8 struct {
		inst SlotInstance
		vals [8]Object
	}
)

// newSlotInstance returns a new instance of the slotted class cls with
// every slot unset.
func newSlotInstance(cls *Type) *SlotInstance {
	var inst *SlotInstance
	n := cls.nslots
	switch {
	case n == 0:
		inst = &SlotInstance{}
	case n == 1:
		b := &slotBlock1{}
		inst = &b.inst
		inst.Slots = b.vals[:]
	case n == 2:
		b := &slotBlock2{}
		inst = &b.inst
		inst.Slots = b.vals[:]
	case n == 3:
		b := &slotBlock3{}
		inst = &b.inst
		inst.Slots = b.vals[:]
	case n == 4:
		b := &slotBlock4{}
		inst = &b.inst
		inst.Slots = b.vals[:]
	case n <= 6:
		b := &slotBlock6{}
		inst = &b.inst
		inst.Slots = b.vals[:n]
	case n <= 8:
		b := &slotBlock8{}
		inst = &b.inst
		inst.Slots = b.vals[:n]
	default:
		inst = &SlotInstance{Slots: make([]Object, n)}
	}
	inst.Class = cls
	return inst
}

// MemberDescrType is the type of the descriptors of __slots__.
var MemberDescrType = &Type{Name: "member_descriptor", Module: "builtins", IsBuiltin: true, NoSubclass: true}

// A MemberDescr is the descriptor of one slot of a class declaring
// __slots__: it reads and writes Slots[Index] of the class's
// *SlotInstance instances (or, for a class whose instances are not
// *SlotInstance, their attribute dict entry Name).
type MemberDescr struct {
	Name  string
	Owner *Type
	Index int
}

// Type returns member_descriptor.
func (*MemberDescr) Type() *Type { return MemberDescrType }

// check returns CPython's TypeError when inst is not an instance of the
// descriptor's class.
func (m *MemberDescr) check(inst Object) error {
	if !isSubtype(inst.Type(), m.Owner) {
		return Errorf(TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, m.Owner.Name, TypeName(inst))
	}
	return nil
}

// get returns the slot's value in inst.
func (m *MemberDescr) get(inst Object) (Object, error) {
	if err := m.check(inst); err != nil {
		return nil, err
	}
	if si, ok := inst.(*SlotInstance); ok {
		if uint(m.Index) < uint(len(si.Slots)) && m.Index < len(si.Class.slotNames) {
			if v := si.Slots[m.Index]; v != nil {
				return v, nil
			}
			return nil, attrError(inst, m.Name)
		}
	} else if d := instanceDict(inst, false); d != nil {
		if v, ok := d.GetStr(m.Name); ok {
			return v, nil
		}
	}
	return nil, attrError(inst, m.Name)
}

// set sets (v == nil: deletes) the slot's value in inst.
func (m *MemberDescr) set(inst, v Object) error {
	if err := m.check(inst); err != nil {
		return err
	}
	if si, ok := inst.(*SlotInstance); ok {
		if uint(m.Index) < uint(len(si.Slots)) && m.Index < len(si.Class.slotNames) {
			if v == nil && si.Slots[m.Index] == nil {
				return Errorf(AttributeError, "%s", m.Name)
			}
			si.Slots[m.Index] = v
			return nil
		}
		return attrError(inst, m.Name)
	}
	d := instanceDict(inst, v != nil)
	if v == nil {
		if d == nil || !d.DeleteStr(m.Name) {
			return Errorf(AttributeError, "%s", m.Name)
		}
		return nil
	}
	if d == nil {
		return attrError(inst, m.Name)
	}
	d.SetStr(m.Name, v)
	return nil
}

// slotSite fills the attribute site st for the instances of cls and
// reports whether st.name is a slot of their layout whose value the
// dispatch loop may read (or, with store, write) at Slots[st.pos]: cls is
// slotted, the MRO lookup finds a member descriptor of a base of cls, and
// cls does not override attribute access.
func slotSite(st *attrSite, cls *Type, store bool) bool {
	if store && cls.SetAttr != nil || !store && cls.GetAttr != nil || !cls.slotted {
		return false
	}
	ep := typeEpoch.Load()
	m, ok := lookupTypeEntry(cls, st.name).v.(*MemberDescr)
	if !ok || uint(m.Index) >= uint(len(cls.slotNames)) || !isSubtype(cls, m.Owner) || !m.Owner.slotted {
		return false
	}
	st.cls, st.epoch, st.pos = cls, ep, m.Index
	return true
}

// mangleSlot applies private-name mangling to a slot name of class cls.
func mangleSlot(cls, name string) string {
	if !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	p := strings.TrimLeft(cls, "_")
	if p == "" {
		return name
	}
	return "_" + p + name
}

// setupSlots computes the slot layout of the new user class cls (whose
// MRO is set) from the __slots__ entry of its namespace dict, checking
// the declaration as CPython does, and adds the member descriptors (and a
// __weakref__ attribute) to dict.
func setupSlots(t *Thread, cls *Type, dict *Dict) error {
	// The layout of the solid base, and whether the bases give instances
	// a __dict__ and a __weakref__.
	var inherited []string
	baseDict, baseWeak := false, false
	for _, m := range cls.MRO[1:] {
		if m.IsBuiltin {
			continue
		}
		if len(m.ownSlots) > 0 && inherited == nil {
			inherited = m.slotNames
		}
		baseDict = baseDict || !m.noDict
		baseWeak = baseWeak || !m.noWeakref
	}
	builtin := firstBuiltin(cls)
	if isSubtype(builtin, BaseException) {
		// Exceptions always have a __dict__.
		baseDict = true
	}
	v, ok := dict.GetStr("__slots__")
	if !ok {
		cls.slotNames = inherited
		cls.slotted = builtin == ObjectType && len(inherited) > 0
		if cls.slotted {
			cls.nslots = len(inherited) + 1
			cls.dictSlot = cls.nslots
		}
		return nil
	}
	var items []Object
	if s, ok := v.(*Str); ok {
		items = []Object{s}
	} else {
		var err error
		if items, err = ToSlice(t, v); err != nil {
			return err
		}
	}
	if len(items) > 0 && (builtin == IntType || builtin == TupleType || builtin == BytesType) {
		base := cls.Bases[0]
		for _, b := range cls.Bases {
			if solidBase(b) == solidBase(cls) {
				base = b
				break
			}
		}
		return Errorf(TypeError, "nonempty __slots__ not supported for subtype of '%s'", base.Name)
	}
	addDict, addWeak := false, false
	var own []string
	for _, it := range items {
		s, ok := it.(*Str)
		if !ok {
			return Errorf(TypeError, "__slots__ items must be strings, not '%s'", TypeName(it))
		}
		if !isIdentifier(s.S) {
			return Errorf(TypeError, "__slots__ must be identifiers")
		}
		switch s.S {
		case "__dict__":
			if baseDict || addDict {
				return Errorf(TypeError, "__dict__ slot disallowed: we already got one")
			}
			addDict = true
			continue
		case "__weakref__":
			if baseWeak || addWeak {
				return Errorf(TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
			}
			addWeak = true
			continue
		}
		own = append(own, mangleSlot(cls.Name, s.S))
	}
	for _, n := range own {
		if _, ok := dict.GetStr(n); ok && n != "__classcell__" && n != "__qualname__" {
			return Errorf(ValueError, "%s in __slots__ conflicts with class variable", quoteStr(n))
		}
	}
	sorted := append([]string(nil), own...)
	sort.Strings(sorted)
	cls.declSlots = true
	cls.ownSlots = own
	if own == nil {
		cls.ownSlots = []string{}
	}
	cls.noDict = !baseDict && !addDict
	cls.noWeakref = !baseWeak && !addWeak
	cls.slotNames = append(append([]string(nil), inherited...), sorted...)
	if len(sorted) == 0 {
		cls.slotNames = inherited
	}
	cls.slotted = builtin == ObjectType && (len(cls.slotNames) > 0 || cls.noDict)
	if cls.slotted {
		cls.nslots = len(cls.slotNames)
		if !cls.noDict {
			cls.nslots++
			cls.dictSlot = cls.nslots
		}
	}
	for i, n := range sorted {
		dict.SetStr(n, &MemberDescr{Name: n, Owner: cls, Index: len(inherited) + i})
	}
	if addWeak {
		addGetter(cls, "__weakref__", func(t *Thread, o Object) (Object, error) { return None, nil })
	}
	return nil
}

// quoteStr returns the repr of the str s.
func quoteStr(s string) string {
	r, err := ReprObj(nil, NewStr(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r.S
}

// sameLayout reports whether instances of a can become instances of b by
// __class__ assignment.
func sameLayout(a, b *Type) bool {
	if a.slotted != b.slotted || a.dictSlot != b.dictSlot || a.noWeakref != b.noWeakref || len(a.slotNames) != len(b.slotNames) {
		return false
	}
	for i, n := range a.slotNames {
		if b.slotNames[i] != n {
			return false
		}
	}
	return true
}

// objectGetState is object.__getstate__(): the instance dict (None when
// absent or empty), paired with a dict of the set slot values when the
// class declares slots.
func objectGetState(t *Thread, args []Object, kwnames []string) (Object, error) {
	if len(args) != 1 || len(kwnames) > 0 {
		return nil, Errorf(TypeError, "object.__getstate__() takes no arguments (%d given)", len(args)-1)
	}
	o := args[0]
	var state Object = None
	if d := instanceDict(o, false); d != nil && d.used > 0 {
		state = d
	}
	var slots *Dict
	for _, c := range o.Type().MRO {
		for _, n := range c.ownSlots {
			v, err := GetAttrOpt(t, o, n)
			if err != nil {
				return nil, err
			}
			if v != nil {
				if slots == nil {
					slots = NewDict()
				}
				slots.SetStr(n, v)
			}
		}
	}
	if slots != nil {
		return NewTuple([]Object{state, slots}), nil
	}
	return state, nil
}

func init() {
	builtinTypes = append(builtinTypes, MemberDescrType)
	MemberDescrType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		if inst == nil {
			return descr, nil
		}
		return descr.(*MemberDescr).get(inst)
	}
	MemberDescrType.DescrSet = func(t *Thread, descr, inst, v Object) error {
		return descr.(*MemberDescr).set(inst, v)
	}
	MemberDescrType.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*MemberDescr)
		return NewStr("<member '" + m.Name + "' of '" + m.Owner.Name + "' objects>"), nil
	}
	MemberDescrType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		m := o.(*MemberDescr)
		switch name {
		case "__name__":
			return NewStr(m.Name), nil
		case "__qualname__":
			return NewStr(m.Owner.QualName() + "." + m.Name), nil
		case "__objclass__":
			return m.Owner, nil
		case "__doc__":
			return None, nil
		}
		return genericGetAttr(t, o, name)
	}
}

func init() {
	ObjectType.AddMethod("__getstate__", objectGetState)
}
