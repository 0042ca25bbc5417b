package vm

// This file defines user classes and their instances: class creation
// (__build_class__, type(name, bases, dict)), the slots derived from
// dunder methods, `object`'s methods, and the descriptor types property,
// classmethod, staticmethod and super.

import (
	"fmt"
	"strings"
)

// An Instance is an instance of a user class whose solid base is object,
// unless the class is slotted (__slots__, see SlotInstance in obj_slots.go).
type Instance struct {
	Class *Type
	Dict  *Dict // the attributes; usually points at dict
	dict  Dict
}

// Type returns the instance's class.
func (i *Instance) Type() *Type { return i.Class }

// Property is a property descriptor.
type Property struct {
	Fget, Fset, Fdel Object // or nil
	Doc              Object // or nil
	Name             string // set by __set_name__
}

// Type returns property.
func (p *Property) Type() *Type { return PropertyType }

// ClassMethod wraps a function so that it receives the class.
type ClassMethod struct {
	Func Object
	Dict *Dict
}

// Type returns classmethod.
func (c *ClassMethod) Type() *Type { return ClassMethodType }

// StaticMethod wraps a function so that it is not bound.
type StaticMethod struct {
	Func Object
	Dict *Dict
}

// Type returns staticmethod.
func (s *StaticMethod) Type() *Type { return StaticMethodType }

// Super is the object returned by super().
type Super struct {
	This    *Type  // the class super() was called in
	Obj     Object // the instance or class; or nil (unbound)
	ObjType *Type  // type(Obj), or Obj itself when it is a class
}

// Type returns super.
func (s *Super) Type() *Type { return SuperType }

// buildClass implements __build_class__(func, name, *bases, metaclass=None, **kwds).
func buildClass(t *Thread, args []Object, kwnames []string) (Object, error) {
	pos, kw := splitArgs(args, kwnames)
	if len(pos) < 2 {
		return nil, Errorf(TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := pos[0].(*Function)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: func must be a function")
	}
	nameObj, ok := pos[1].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__build_class__: name is not a string")
	}
	bases := pos[2:]
	var kwd *Dict
	meta := TypeType
	for i, k := range kwnames {
		if k == "metaclass" {
			m, ok := kw[i].(*Type)
			if !ok || m != TypeType {
				if ok && isSubtype(m, TypeType) && m != TypeType {
					return nil, Errorf(TypeError, "pyco does not support metaclasses yet")
				}
				if !ok {
					return nil, Errorf(TypeError, "pyco does not support metaclasses yet")
				}
				return nil, Errorf(TypeError, "pyco does not support metaclasses yet")
			}
			continue
		}
		if kwd == nil {
			kwd = NewDict()
		}
		kwd.SetStr(k, kw[i])
	}
	// __mro_entries__ is not supported; bases must be classes.
	for _, b := range bases {
		bt, ok := b.(*Type)
		if !ok {
			if m := lookupType(b.Type(), "__mro_entries__"); m != nil {
				return nil, Errorf(TypeError, "pyco does not support __mro_entries__")
			}
			return nil, Errorf(TypeError, "bases must be types")
		}
		if bt.Meta != nil && bt.Meta != TypeType {
			return nil, Errorf(TypeError, "pyco does not support metaclasses yet")
		}
	}
	ns := NewDict()
	f := t.newFrame(fn.Code, fn.Globals, fn.Builtins)
	f.Func = fn
	f.Locals = ns
	initCells(fn, f)
	cell, err := t.runFrame(f)
	if err != nil {
		return nil, err
	}
	cls, err := newClass(t, meta, nameObj.S, bases, ns, kwd)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		c.V = cls
	}
	return cls, nil
}

// newClass creates a user class (type(name, bases, ns)).
func newClass(t *Thread, meta *Type, name string, baseObjs []Object, ns *Dict, kwds *Dict) (*Type, error) {
	bases := make([]*Type, 0, len(baseObjs))
	for _, b := range baseObjs {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeError, "bases must be types")
		}
		if bt.NoSubclass {
			return nil, Errorf(TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		for _, x := range bases {
			if x == bt {
				return nil, Errorf(TypeError, "duplicate base class %s", bt.Name)
			}
		}
		bases = append(bases, bt)
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	// Solid bases must agree (instance layout).
	var solid *Type
	for _, b := range bases {
		s := solidBase(b)
		if solid == nil || isSubtype(solid, s) {
			if solid == nil {
				solid = s
			}
			continue
		}
		if isSubtype(s, solid) {
			solid = s
			continue
		}
		return nil, Errorf(TypeError, "multiple bases have instance lay-out conflict")
	}
	cls := &Type{Name: name, Bases: bases, InstDict: true}
	if meta != nil && meta != TypeType {
		cls.Meta = meta
	}
	dict := NewDict()
	ns.Items(func(k, v Object) bool {
		dict.Set(t, k, v)
		return true
	})
	cls.Dict = dict
	if q, ok := dict.GetStr("__qualname__"); ok {
		s, ok := q.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "type __qualname__ must be a str, not %s", TypeName(q))
		}
		cls.Qual = s.S
		dict.DeleteStr("__qualname__")
	}
	if m, ok := dict.GetStr("__module__"); ok {
		if s, ok := m.(*Str); ok {
			cls.Module = s.S
		}
	} else if f := t.frame; f != nil {
		if n, ok := f.Globals.GetStr("__name__"); ok {
			dict.SetStr("__module__", n)
			if s, ok := n.(*Str); ok {
				cls.Module = s.S
			}
		}
	}
	mro, err := computeMRO(cls)
	if err != nil {
		return nil, err
	}
	cls.MRO = mro
	if err := setupSlots(t, cls, dict); err != nil {
		return nil, err
	}
	if _, ok := dict.GetStr("__doc__"); !ok {
		dict.SetStr("__doc__", None)
	}
	dict.DeleteStr("__classcell__")
	// __new__ is a static method; __init_subclass__ and __class_getitem__
	// are class methods.
	if v, ok := dict.GetStr("__new__"); ok {
		if f, ok := v.(*Function); ok {
			dict.SetStr("__new__", &StaticMethod{Func: f})
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok := dict.GetStr(n); ok {
			if f, ok := v.(*Function); ok {
				dict.SetStr(n, &ClassMethod{Func: f})
			}
		}
	}
	// __eq__ without __hash__ makes instances unhashable.
	if _, ok := dict.GetStr("__eq__"); ok {
		if _, ok := dict.GetStr("__hash__"); !ok {
			dict.SetStr("__hash__", None)
		}
	}
	fixupSlots(cls)
	for _, b := range bases {
		b.subclasses = append(b.subclasses, cls)
	}
	// __set_name__ on descriptors.
	var setNameErr error
	dict.Items(func(k, v Object) bool {
		ks, ok := k.(*Str)
		if !ok {
			return true
		}
		if p, ok := v.(*Property); ok {
			if p.Name == "" {
				p.Name = ks.S
			}
			return true
		}
		if m := lookupType(v.Type(), "__set_name__"); m != nil && !v.Type().IsBuiltin {
			bound, err := bindDescr(t, m, v, v.Type())
			if err == nil {
				_, err = t.Call(bound, []Object{cls, ks}, nil)
			}
			if err != nil {
				setNameErr = err
				return false
			}
		}
		return true
	})
	if setNameErr != nil {
		return nil, setNameErr
	}
	// __init_subclass__ of the parent.
	sup := &Super{This: cls, Obj: cls, ObjType: cls}
	isub, err := superGetAttr(t, sup, "__init_subclass__")
	if err != nil {
		return nil, err
	}
	var kargs []Object
	var knames []string
	if kwds != nil {
		kwds.Items(func(k, v Object) bool {
			knames = append(knames, k.(*Str).S)
			kargs = append(kargs, v)
			return true
		})
	}
	if _, err := t.Call(isub, kargs, knames); err != nil {
		return nil, err
	}
	return cls, nil
}

// solidBase returns the class that determines the instance layout: the
// first of the MRO that is builtin or declares non-empty __slots__.
func solidBase(c *Type) *Type {
	for _, m := range c.MRO {
		if m.IsBuiltin || len(m.ownSlots) > 0 {
			return m
		}
	}
	return ObjectType
}

// userDefined reports whether name is defined by a user class in c's MRO
// before any builtin type defines it; it returns the value.
func userLookup(c *Type, names ...string) (Object, bool) {
	for _, m := range c.MRO {
		if m.IsBuiltin {
			return nil, false
		}
		for _, n := range names {
			if v, ok := m.Dict.GetStr(n); ok {
				return v, true
			}
		}
	}
	return nil, false
}

// firstBuiltin returns the first builtin class of c's MRO.
func firstBuiltin(c *Type) *Type {
	for _, m := range c.MRO {
		if m.IsBuiltin {
			return m
		}
	}
	return ObjectType
}

// callDunder looks up name on type(o) and calls it with o and args.
func callDunder(t *Thread, o Object, name string, args ...Object) (Object, error) {
	typ := o.Type()
	m := lookupType(typ, name)
	if m == nil {
		return nil, attrError(o, name)
	}
	return callBoundDescr(t, m, o, typ, args)
}

func callBoundDescr(t *Thread, m, o Object, typ *Type, args []Object) (Object, error) {
	switch f := m.(type) {
	case *Function:
		return t.callWithSelf(f, o, args, nil)
	case *Builtin:
		if f.Self == nil {
			all := make([]Object, len(args)+1)
			all[0] = o
			copy(all[1:], args)
			return f.Fn(t, all, nil)
		}
	}
	bound, err := bindDescr(t, m, o, typ)
	if err != nil {
		return nil, err
	}
	return t.Call(bound, args, nil)
}

// fixupSlots fills the slots of user class c: a slot calls the dunder
// method when a user class in the MRO defines it, else it is inherited
// from the first builtin base.
func fixupSlots(c *Type) {
	b := firstBuiltin(c)
	// Start from the builtin base's slots.
	c.New, c.Init = b.New, b.Init
	if b == ObjectType {
		c.New = objectNew
		c.Init = objectInit
	}
	c.Repr, c.Str, c.Hash, c.Bool = b.Repr, b.Str, b.Hash, b.Bool
	c.RichCompare = b.RichCompare
	c.BinaryOp, c.RBinaryOp = b.BinaryOp, b.RBinaryOp
	c.Neg, c.Pos, c.Invert, c.Abs = b.Neg, b.Pos, b.Invert, b.Abs
	c.Index, c.Int, c.Float = b.Index, b.Int, b.Float
	c.Len, c.GetItem, c.SetItem, c.DelItem, c.Contains = b.Len, b.GetItem, b.SetItem, b.DelItem, b.Contains
	c.Iter, c.Next = b.Iter, b.Next
	c.GetAttr, c.GetAttrFallback, c.SetAttr = b.GetAttr, b.GetAttrFallback, b.SetAttr
	c.DescrGet, c.DescrSet = b.DescrGet, b.DescrSet
	c.Call = b.Call

	has := func(names ...string) bool { _, ok := userLookup(c, names...); return ok }
	if has("__repr__") {
		c.Repr = func(t *Thread, o Object) (Object, error) { return callDunder(t, o, "__repr__") }
	}
	if has("__str__") {
		c.Str = func(t *Thread, o Object) (Object, error) { return callDunder(t, o, "__str__") }
	}
	if v, ok := userLookup(c, "__hash__"); ok {
		if v == None {
			c.Hash = nil
		} else {
			c.Hash = userHash
		}
	}
	if has("__bool__") {
		c.Bool = func(t *Thread, o Object) (bool, error) {
			r, err := callDunder(t, o, "__bool__")
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, Errorf(TypeError, "__bool__ should return bool, returned %s", TypeName(r))
			}
			return bool(b), nil
		}
	}
	if has("__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__") {
		c.RichCompare = userRichCompare
	}
	binNames := []string{}
	for _, n := range binaryDunders {
		binNames = append(binNames, "__"+n+"__", "__i"+n+"__")
	}
	if has(binNames...) {
		c.BinaryOp = userBinaryOp
	}
	rNames := []string{}
	for _, n := range binaryDunders {
		rNames = append(rNames, "__r"+n+"__")
	}
	if has(rNames...) {
		c.RBinaryOp = userRBinaryOp
	}
	unary := func(name string, slot *func(t *Thread, o Object) (Object, error)) {
		if has(name) {
			*slot = func(t *Thread, o Object) (Object, error) { return callDunder(t, o, name) }
		}
	}
	unary("__neg__", &c.Neg)
	unary("__pos__", &c.Pos)
	unary("__invert__", &c.Invert)
	unary("__abs__", &c.Abs)
	unary("__int__", &c.Int)
	unary("__float__", &c.Float)
	if has("__index__") {
		c.Index = func(t *Thread, o Object) (Object, error) {
			r, err := callDunder(t, o, "__index__")
			if err != nil {
				return nil, err
			}
			switch r.(type) {
			case Int, *BigInt:
				return r, nil
			case Bool:
				return Index(t, r)
			}
			return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
		}
	}
	if has("__len__") {
		c.Len = func(t *Thread, o Object) (int, error) {
			r, err := callDunder(t, o, "__len__")
			if err != nil {
				return 0, err
			}
			n, err := Index(t, r)
			if err != nil {
				return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(r))
			}
			i, ok := n.(Int)
			if !ok {
				return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
			}
			if i < 0 {
				return 0, Errorf(ValueError, "__len__() should return >= 0")
			}
			return int(i), nil
		}
	}
	if has("__getitem__") {
		c.GetItem = func(t *Thread, o, k Object) (Object, error) { return callDunder(t, o, "__getitem__", k) }
	}
	if has("__setitem__") {
		c.SetItem = func(t *Thread, o, k, v Object) error {
			_, err := callDunder(t, o, "__setitem__", k, v)
			return err
		}
	}
	if has("__delitem__") {
		c.DelItem = func(t *Thread, o, k Object) error {
			_, err := callDunder(t, o, "__delitem__", k)
			return err
		}
	}
	if has("__contains__") {
		c.Contains = func(t *Thread, o, v Object) (bool, error) {
			r, err := callDunder(t, o, "__contains__", v)
			if err != nil {
				return false, err
			}
			return Truthy(t, r)
		}
	}
	if v, ok := userLookup(c, "__iter__"); ok {
		if v == None {
			c.Iter = nil
		} else {
			c.Iter = func(t *Thread, o Object) (Object, error) {
				it, err := callDunder(t, o, "__iter__")
				if err != nil {
					return nil, err
				}
				if it.Type().Next == nil {
					return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))
				}
				return it, nil
			}
		}
	}
	if has("__next__") {
		c.Next = func(t *Thread, o Object) (Object, error) {
			r, err := callDunder(t, o, "__next__")
			if err != nil {
				return nil, err
			}
			return r, nil
		}
	}
	if has("__getattribute__") {
		c.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
			return callDunder(t, o, "__getattribute__", NewStr(name))
		}
	}
	if has("__getattr__") {
		c.GetAttrFallback = func(t *Thread, o Object, name string) (Object, error) {
			return callDunder(t, o, "__getattr__", NewStr(name))
		}
	}
	if has("__setattr__", "__delattr__") {
		base := c.SetAttr
		c.SetAttr = func(t *Thread, o Object, name string, v Object) error {
			if v == nil {
				if _, ok := userLookup(o.Type(), "__delattr__"); ok {
					_, err := callDunder(t, o, "__delattr__", NewStr(name))
					return err
				}
			} else if _, ok := userLookup(o.Type(), "__setattr__"); ok {
				_, err := callDunder(t, o, "__setattr__", NewStr(name), v)
				return err
			}
			if base != nil {
				return base(t, o, name, v)
			}
			return genericSetAttr(t, o, name, v)
		}
	}
	if has("__get__") {
		c.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
			var i Object = None
			if inst != nil {
				i = inst
			}
			var ow Object = None
			if owner != nil {
				ow = owner
			}
			return callDunder(t, descr, "__get__", i, ow)
		}
	}
	if has("__set__", "__delete__") {
		c.DescrSet = func(t *Thread, descr, inst, v Object) error {
			if v == nil {
				_, err := callDunder(t, descr, "__delete__", inst)
				return err
			}
			_, err := callDunder(t, descr, "__set__", inst, v)
			return err
		}
	}
	if has("__call__") {
		c.Call = func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error) {
			m := lookupType(callee.Type(), "__call__")
			if f, ok := m.(*Function); ok {
				return t.callWithSelf(f, callee, args, kwnames)
			}
			bound, err := bindDescr(t, m, callee, callee.Type())
			if err != nil {
				return nil, err
			}
			return t.Call(bound, args, kwnames)
		}
	}
	if has("__new__") {
		c.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
			m := lookupType(cls, "__new__")
			if sm, ok := m.(*StaticMethod); ok {
				m = sm.Func
			}
			all := make([]Object, len(args)+1)
			all[0] = cls
			copy(all[1:], args)
			return t.Call(m, all, kwnames)
		}
	}
	c.plainInit = b == ObjectType && !c.slotted && !has("__new__") && has("__init__")
	if has("__init__") {
		c.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
			m := lookupType(self.Type(), "__init__")
			var r Object
			var err error
			if f, ok := m.(*Function); ok {
				r, err = t.callWithSelf(f, self, args, kwnames)
			} else {
				bound, err2 := bindDescr(t, m, self, self.Type())
				if err2 != nil {
					return err2
				}
				r, err = t.Call(bound, args, kwnames)
			}
			if err != nil {
				return err
			}
			if r != None {
				return Errorf(TypeError, "__init__() should return None, not '%s'", TypeName(r))
			}
			return nil
		}
	}
}

func userHash(t *Thread, o Object) (int64, error) {
	r, err := callDunder(t, o, "__hash__")
	if err != nil {
		return 0, err
	}
	switch h := r.(type) {
	case Int:
		if h == -1 {
			return -2, nil
		}
		return int64(h), nil
	case Bool:
		if h {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return Hash(t, h)
	}
	return 0, Errorf(TypeError, "__hash__ method should return an integer")
}

func userRichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	typ := a.Type()
	m := lookupType(typ, cmpDunders[op])
	if m == nil {
		return NotImplemented, nil
	}
	if bm, ok := m.(*Builtin); ok && bm.Owner == ObjectType {
		// object's default: identity for ==, inverse of __eq__ for !=.
		switch op {
		case OpEq:
			if a == b {
				return True, nil
			}
			return NotImplemented, nil
		case OpNe:
			eq := lookupType(typ, "__eq__")
			if eqb, ok := eq.(*Builtin); ok && eqb.Owner == ObjectType {
				if a == b {
					return False, nil
				}
				return NotImplemented, nil
			}
			r, err := callBoundDescr(t, eq, a, typ, []Object{b})
			if err != nil || r == NotImplemented {
				return r, err
			}
			tr, err := Truthy(t, r)
			if err != nil {
				return nil, err
			}
			return MakeBool(!tr), nil
		}
		return NotImplemented, nil
	}
	if m == None {
		return NotImplemented, nil
	}
	return callBoundDescr(t, m, a, typ, []Object{b})
}

func userBinaryOp(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	typ := a.Type()
	name := "__" + binaryDunders[op] + "__"
	if inplace {
		name = "__i" + binaryDunders[op] + "__"
	}
	m := lookupType(typ, name)
	if m == nil || m == None {
		return NotImplemented, nil
	}
	return callBoundDescr(t, m, a, typ, []Object{b})
}

func userRBinaryOp(t *Thread, a, b Object, op int) (Object, error) {
	typ := b.Type()
	m := lookupType(typ, "__r"+binaryDunders[op]+"__")
	if m == nil || m == None {
		return NotImplemented, nil
	}
	return callBoundDescr(t, m, b, typ, []Object{a})
}

// objectNew is object.__new__ for user classes.
func objectNew(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if len(args) > 0 {
		if lookupType(cls, "__new__") != ObjectType.Dict.mustGet("__new__") {
			return nil, Errorf(TypeError, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if lookupType(cls, "__init__") == ObjectType.Dict.mustGet("__init__") {
			return nil, Errorf(TypeError, "%s() takes no arguments", cls.Name)
		}
	}
	if cls.IsBuiltin && cls != ObjectType {
		return nil, Errorf(TypeError, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
	}
	if cls == ObjectType {
		return &Instance{Class: cls}, nil
	}
	if cls.slotted {
		return newSlotInstance(cls), nil
	}
	return newInstance(cls), nil
}

// Instances of classes whose recent instances had few attributes are
// allocated together with their dict's first entries and index.
type (
	instBlock2 struct {
		inst    Instance
		index   [dictMinSize]int32
		entries [2]dictEntry
	}
	instBlock5 struct {
		inst    Instance
		index   [dictMinSize]int32
		entries [5]dictEntry
	}
)

// newInstance returns a new instance of the user class cls with an empty
// attribute dict presized for cls.instHint attributes.
func newInstance(cls *Type) *Instance {
	var inst *Instance
	var index []int32
	switch n := cls.instHint; {
	case n == 0:
		inst = &Instance{Class: cls}
		inst.Dict = &inst.dict
		return inst
	case n <= 2:
		b := &instBlock2{}
		inst, index = &b.inst, b.index[:]
		inst.dict.entries = b.entries[:0]
	case n <= 5 && indexSizeFor(5) == dictMinSize:
		b := &instBlock5{}
		inst, index = &b.inst, b.index[:]
		inst.dict.entries = b.entries[:0]
	default:
		inst = &Instance{Class: cls}
		inst.Dict = &inst.dict
		inst.dict.entries = make([]dictEntry, 0, n)
		inst.dict.buildIndex(indexSizeFor(n))
		return inst
	}
	for i := range index {
		index[i] = dictEmpty
	}
	inst.Class = cls
	inst.Dict = &inst.dict
	inst.dict.index = index
	return inst
}

// objectInit is object.__init__.
func objectInit(t *Thread, self Object, args []Object, kwnames []string) error {
	if len(args) > 0 {
		typ := self.Type()
		if lookupType(typ, "__init__") != ObjectType.Dict.mustGet("__init__") {
			return Errorf(TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", typ.Name)
		}
		if lookupType(typ, "__new__") == ObjectType.Dict.mustGet("__new__") {
			return Errorf(TypeError, "%s() takes no arguments", typ.Name)
		}
	}
	return nil
}

func (d *Dict) mustGet(name string) Object {
	v, _ := d.GetStr(name)
	return v
}

func init() {
	ObjectType.New = objectNew
	ObjectType.Init = objectInit
	ObjectType.Repr = func(t *Thread, o Object) (Object, error) { return NewStr(defaultRepr(o)), nil }
	ObjectType.Hash = identityHash
	ObjectType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		switch op {
		case OpEq:
			if a == b {
				return True, nil
			}
		case OpNe:
			if a == b {
				return False, nil
			}
		}
		return NotImplemented, nil
	}
	ObjectType.AddMethod("__str__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
		}
		return ReprObj(t, args[0])
	})
	ObjectType.AddMethod("__format__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "__format__() takes exactly one argument (%d given)", len(args)-1)
		}
		spec, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "__format__() argument must be str, not %s", TypeName(args[1]))
		}
		if spec.S != "" {
			return nil, Errorf(TypeError, "unsupported format string passed to %s.__format__", TypeName(args[0]))
		}
		return StrObj(t, args[0])
	})
	ObjectType.AddMethod("__init_subclass__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 {
			c, _ := args[0].(*Type)
			name := "object"
			if c != nil {
				name = c.QualName()
			}
			return nil, Errorf(TypeError, "%s.__init_subclass__() takes no keyword arguments", name)
		}
		if len(args) > 1 {
			return nil, Errorf(TypeError, "__init_subclass__() takes no arguments (%d given)", len(args)-1)
		}
		return None, nil
	})
	if v, ok := ObjectType.Dict.GetStr("__init_subclass__"); ok {
		ObjectType.Dict.SetStr("__init_subclass__", &ClassMethod{Func: v})
	}
	ObjectType.AddMethod("__reduce_ex__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return nil, Errorf(TypeError, "cannot pickle '%s' object", TypeName(args[0]))
	})
	ObjectType.AddMethod("__dir__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return dirOf(t, args[0])
	})
	ObjectType.AddMethod("__sizeof__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return MakeInt(16), nil
	})
	ObjectType.GetAttr = nil
	ObjectType.SetAttr = nil
	ObjectType.Dict.SetStr("__getattribute__", &Builtin{Name: "__getattribute__", Owner: ObjectType, Fn: func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		return genericGetAttr(t, args[0], name.S)
	}})
	ObjectType.Dict.SetStr("__setattr__", &Builtin{Name: "__setattr__", Owner: ObjectType, Fn: func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 3 {
			return nil, Errorf(TypeError, "expected 2 arguments, got %d", len(args)-1)
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		if c, ok := args[0].(*Type); ok {
			return None, typeSetAttr(t, c, name.S, args[2])
		}
		return None, genericSetAttr(t, args[0], name.S, args[2])
	}})
	ObjectType.Dict.SetStr("__delattr__", &Builtin{Name: "__delattr__", Owner: ObjectType, Fn: func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		name, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
		}
		return None, genericSetAttr(t, args[0], name.S, nil)
	}})

	// property
	PropertyType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		return &Property{}, nil
	}
	PropertyType.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
		p := self.(*Property)
		vals, err := parseArgs("property", args, kwnames, []string{"fget", "fset", "fdel", "doc"}, 0)
		if err != nil {
			return err
		}
		get := func(i int) Object {
			if vals[i] == nil || vals[i] == None {
				return nil
			}
			return vals[i]
		}
		p.Fget, p.Fset, p.Fdel, p.Doc = get(0), get(1), get(2), get(3)
		if p.Doc == nil && p.Fget != nil {
			if d, err := GetAttrOpt(t, p.Fget, "__doc__"); err == nil && d != nil && d != None {
				p.Doc = d
			}
		}
		return nil
	}
	PropertyType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		p := descr.(*Property)
		if inst == nil {
			return p, nil
		}
		if p.Fget == nil {
			return nil, Errorf(AttributeError, "property %s of '%s' object has no getter", p.quotedName(), TypeName(inst))
		}
		return t.Call(p.Fget, []Object{inst}, nil)
	}
	PropertyType.DescrSet = func(t *Thread, descr, inst, v Object) error {
		p := descr.(*Property)
		if v == nil {
			if p.Fdel == nil {
				return Errorf(AttributeError, "property %s of '%s' object has no deleter", p.quotedName(), TypeName(inst))
			}
			_, err := t.Call(p.Fdel, []Object{inst}, nil)
			return err
		}
		if p.Fset == nil {
			return Errorf(AttributeError, "property %s of '%s' object has no setter", p.quotedName(), TypeName(inst))
		}
		_, err := t.Call(p.Fset, []Object{inst, v}, nil)
		return err
	}
	PropertyType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		p := o.(*Property)
		orNone := func(v Object) Object {
			if v == nil {
				return None
			}
			return v
		}
		switch name {
		case "fget":
			return orNone(p.Fget), nil
		case "fset":
			return orNone(p.Fset), nil
		case "fdel":
			return orNone(p.Fdel), nil
		case "__doc__":
			return orNone(p.Doc), nil
		}
		return genericGetAttr(t, o, name)
	}
	copyProp := func(p *Property) *Property { q := *p; return &q }
	PropertyType.AddMethod("getter", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		q := copyProp(args[0].(*Property))
		q.Fget = args[1]
		if q.Doc == nil {
			if d, err := GetAttrOpt(t, args[1], "__doc__"); err == nil && d != nil && d != None {
				q.Doc = d
			}
		}
		return q, nil
	})
	PropertyType.AddMethod("setter", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		q := copyProp(args[0].(*Property))
		q.Fset = args[1]
		return q, nil
	})
	PropertyType.AddMethod("deleter", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		q := copyProp(args[0].(*Property))
		q.Fdel = args[1]
		return q, nil
	})
	PropertyType.AddMethod("__set_name__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if s, ok := args[2].(*Str); ok {
			args[0].(*Property).Name = s.S
		}
		return None, nil
	})

	// classmethod / staticmethod
	ClassMethodType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return nil, Errorf(TypeError, "classmethod expected 1 argument, got %d", len(args))
		}
		return &ClassMethod{Func: args[0]}, nil
	}
	ClassMethodType.Init = func(t *Thread, self Object, args []Object, kwnames []string) error { return nil }
	ClassMethodType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		c := descr.(*ClassMethod)
		if owner == nil {
			owner = inst.Type()
		}
		return &Method{Func: c.Func, Self: owner}, nil
	}
	ClassMethodType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		c := o.(*ClassMethod)
		switch name {
		case "__func__", "__wrapped__":
			return c.Func, nil
		case "__isabstractmethod__":
			return False, nil
		}
		if name == "__doc__" || name == "__name__" || name == "__qualname__" {
			return GetAttr(t, c.Func, name)
		}
		if c.Dict != nil {
			if v, ok := c.Dict.GetStr(name); ok {
				return v, nil
			}
		}
		return genericGetAttr(t, o, name)
	}
	ClassMethodType.SetAttr = func(t *Thread, o Object, name string, v Object) error {
		c := o.(*ClassMethod)
		if c.Dict == nil {
			c.Dict = NewDict()
		}
		if v == nil {
			c.Dict.DeleteStr(name)
		} else {
			c.Dict.SetStr(name, v)
		}
		return nil
	}
	StaticMethodType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(args) != 1 || len(kwnames) > 0 {
			return nil, Errorf(TypeError, "staticmethod expected 1 argument, got %d", len(args))
		}
		return &StaticMethod{Func: args[0]}, nil
	}
	StaticMethodType.Init = func(t *Thread, self Object, args []Object, kwnames []string) error { return nil }
	StaticMethodType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		return descr.(*StaticMethod).Func, nil
	}
	StaticMethodType.Call = func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error) {
		return t.Call(callee.(*StaticMethod).Func, args, kwnames)
	}
	StaticMethodType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		s := o.(*StaticMethod)
		switch name {
		case "__func__", "__wrapped__":
			return s.Func, nil
		case "__isabstractmethod__":
			return False, nil
		}
		if name == "__doc__" || name == "__name__" || name == "__qualname__" {
			return GetAttr(t, s.Func, name)
		}
		if s.Dict != nil {
			if v, ok := s.Dict.GetStr(name); ok {
				return v, nil
			}
		}
		return genericGetAttr(t, o, name)
	}

	// super
	SuperType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		return &Super{}, nil
	}
	SuperType.Init = superInit
	SuperType.GetAttr = func(t *Thread, o Object, name string) (Object, error) { return superGetAttr(t, o.(*Super), name) }
	SuperType.Repr = func(t *Thread, o Object) (Object, error) {
		s := o.(*Super)
		if s.Obj == nil {
			return NewStr(fmt.Sprintf("<super: <class '%s'>, NULL>", s.This.Name)), nil
		}
		return NewStr(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.This.Name, s.ObjType.Name)), nil
	}
	SuperType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		s := descr.(*Super)
		if inst == nil || s.Obj != nil {
			return s, nil
		}
		return newSuper(s.This, inst)
	}
}

func (p *Property) quotedName() string {
	if p.Name == "" {
		return "<unknown>"
	}
	return "'" + p.Name + "'"
}

func newSuper(this *Type, obj Object) (*Super, error) {
	if c, ok := obj.(*Type); ok && isSubtype(c, this) {
		return &Super{This: this, Obj: obj, ObjType: c}, nil
	}
	if isSubtype(obj.Type(), this) {
		return &Super{This: this, Obj: obj, ObjType: obj.Type()}, nil
	}
	return nil, Errorf(TypeError, "super(type, obj): obj must be an instance or subtype of type")
}

func superInit(t *Thread, self Object, args []Object, kwnames []string) error {
	s := self.(*Super)
	if len(kwnames) > 0 {
		return Errorf(TypeError, "super() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		f := t.frame
		if f == nil || f.Func == nil {
			return Errorf(RuntimeError, "super(): no arguments")
		}
		c := f.Code
		if c.C.ArgCount == 0 && c.C.Flags&0x4 == 0 {
			return Errorf(RuntimeError, "super(): no arguments")
		}
		var first Object
		if c.C.Cell2Arg != nil {
			for i, a := range c.C.Cell2Arg {
				if a == 0 {
					if cell, ok := f.slots[c.nlocals+i].(*Cell); ok {
						first = cell.V
					}
				}
			}
		}
		if first == nil {
			first = f.slots[0]
		}
		if first == nil {
			return Errorf(RuntimeError, "super(): arg[0] deleted")
		}
		idx := -1
		for i, n := range c.C.FreeVars {
			if n == "__class__" {
				idx = c.nlocals + c.ncells + i
			}
		}
		if idx < 0 {
			return Errorf(RuntimeError, "super(): __class__ cell not found")
		}
		cell, _ := f.slots[idx].(*Cell)
		if cell == nil || cell.V == nil {
			return Errorf(RuntimeError, "super(): empty __class__ cell")
		}
		this, ok := cell.V.(*Type)
		if !ok {
			return Errorf(RuntimeError, "super(): __class__ is not a type (%s)", TypeName(cell.V))
		}
		ns, err := newSuper(this, first)
		if err != nil {
			return err
		}
		*s = *ns
		return nil
	case 1, 2:
		this, ok := args[0].(*Type)
		if !ok {
			return Errorf(TypeError, "super() argument 1 must be a type, not %s", TypeName(args[0]))
		}
		if len(args) == 1 {
			s.This = this
			return nil
		}
		ns, err := newSuper(this, args[1])
		if err != nil {
			return err
		}
		*s = *ns
		return nil
	}
	return Errorf(TypeError, "super() takes at most 2 arguments (%d given)", len(args))
}

func superGetAttr(t *Thread, s *Super, name string) (Object, error) {
	if s.Obj != nil && name != "__class__" {
		mro := s.ObjType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.This {
			i++
		}
		for i++; i < len(mro); i++ {
			if mro[i].Dict == nil {
				continue
			}
			if v, ok := mro[i].Dict.GetStr(name); ok {
				if g := v.Type().DescrGet; g != nil {
					inst := s.Obj
					if inst == s.ObjType {
						inst = nil
					}
					return g(t, v, inst, s.ObjType)
				}
				return v, nil
			}
		}
	}
	switch name {
	case "__thisclass__":
		return s.This, nil
	case "__self__":
		if s.Obj == nil {
			return None, nil
		}
		return s.Obj, nil
	case "__self_class__":
		if s.ObjType == nil {
			return None, nil
		}
		return s.ObjType, nil
	}
	v, err := genericGetAttr(t, s, name)
	if err != nil {
		return nil, Errorf(AttributeError, "'super' object has no attribute '%s'", name)
	}
	return v, nil
}

// parseArgs binds a native's arguments to names (positional or keyword);
// the first required are mandatory. Missing optional values are nil.
func parseArgs(fname string, args []Object, kwnames []string, names []string, required int) ([]Object, error) {
	pos, kw := splitArgs(args, kwnames)
	if len(pos) > len(names) {
		return nil, Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, len(names), plural(len(names), "", "s"), len(pos))
	}
	vals := make([]Object, len(names))
	copy(vals, pos)
	for i, k := range kwnames {
		j := -1
		for n, name := range names {
			if name == k {
				j = n
			}
		}
		if j < 0 {
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if vals[j] != nil {
			return nil, Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, j+1)
		}
		vals[j] = kw[i]
	}
	for i := 0; i < required; i++ {
		if vals[i] == nil {
			return nil, Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	return vals, nil
}

// dirOf implements dir(o).
func dirOf(t *Thread, o Object) (Object, error) {
	seen := map[string]bool{}
	var names []string
	addDict := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok && !seen[s.S] {
				seen[s.S] = true
				names = append(names, s.S)
			}
		}
	}
	switch x := o.(type) {
	case *Module:
		addDict(x.Dict)
	case *Type:
		for _, c := range x.MRO {
			addDict(c.Dict)
		}
	default:
		addDict(instanceDict(o, false))
		for _, c := range o.Type().MRO {
			addDict(c.Dict)
		}
	}
	sortStrings(names)
	items := make([]Object, len(names))
	for i, n := range names {
		items[i] = NewStr(n)
	}
	return NewList(items), nil
}

func sortStrings(s []string) {
	// insertion sort is fine for dir() sizes; use the library for large.
	if len(s) > 32 {
		sortStringsLib(s)
		return
	}
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && strings.Compare(s[j-1], s[j]) > 0; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
