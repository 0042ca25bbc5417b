package vm

// This file defines the `type` type: calling it, its attributes, C3 MRO,
// class creation from a namespace (type(name, bases, dict) and
// __build_class__), and the finishing of the builtin types (MRO, slot
// inheritance and the slot wrappers such as int.__add__).

import (
	"fmt"
	"strings"
	"sync"
)

// QualName returns the class's qualified name (__qualname__).
func (typ *Type) QualName() string {
	if typ.Qual != "" {
		return typ.Qual
	}
	return typ.Name
}

// computeMRO returns the C3 linearisation of typ.
func computeMRO(typ *Type) ([]*Type, error) {
	if len(typ.Bases) == 0 {
		if typ == ObjectType {
			return []*Type{typ}, nil
		}
		return []*Type{typ, ObjectType}, nil
	}
	var seqs [][]*Type
	for _, b := range typ.Bases {
		if b.MRO == nil {
			m, err := computeMRO(b)
			if err != nil {
				return nil, err
			}
			b.MRO = m
		}
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), typ.Bases...))
	out := []*Type{typ}
	for {
		nonEmpty := false
		for _, s := range seqs {
			if len(s) > 0 {
				nonEmpty = true
				break
			}
		}
		if !nonEmpty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
						break
					}
				}
				if inTail {
					break
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			names := make([]string, len(typ.Bases))
			for i, b := range typ.Bases {
				names[i] = b.Name
			}
			return nil, Errorf(TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

var finishOnce sync.Once

// finishBuiltinTypes computes the MRO of every builtin type, inherits
// slots along the bases and installs slot wrappers in the type dicts.
func finishBuiltinTypes() {
	finishOnce.Do(func() {
		for _, typ := range builtinTypes {
			if typ.Dict == nil {
				typ.Dict = NewDict()
			}
			if typ != ObjectType && len(typ.Bases) == 0 {
				switch typ {
				case BoolType:
					typ.Bases = []*Type{IntType}
				default:
					typ.Bases = []*Type{ObjectType}
				}
			}
		}
		done := map[*Type]bool{}
		var finish func(typ *Type)
		finish = func(typ *Type) {
			if done[typ] {
				return
			}
			done[typ] = true
			for _, b := range typ.Bases {
				finish(b)
			}
			if typ.MRO == nil {
				m, err := computeMRO(typ)
				if err != nil {
					panic(err)
				}
				typ.MRO = m
			}
			addSlotWrappers(typ)
			if len(typ.Bases) > 0 {
				inheritSlots(typ, typ.Bases[0])
			}
		}
		for _, typ := range builtinTypes {
			finish(typ)
		}
	})
}

// inheritSlots copies base's slots into typ's nil slots (CPython's
// inherit_slots). Hash is inherited only together with RichCompare.
func inheritSlots(typ, base *Type) {
	if typ.RichCompare == nil && typ.Hash == nil {
		typ.RichCompare = base.RichCompare
		typ.Hash = base.Hash
	}
	if base != ObjectType && typ.New == nil {
		typ.New = base.New
	}
	if typ.Init == nil {
		typ.Init = base.Init
	}
	if typ.Repr == nil {
		typ.Repr = base.Repr
	}
	if typ.Str == nil {
		typ.Str = base.Str
	}
	if typ.Bool == nil {
		typ.Bool = base.Bool
	}
	if typ.BinaryOp == nil {
		typ.BinaryOp = base.BinaryOp
	}
	if typ.RBinaryOp == nil {
		typ.RBinaryOp = base.RBinaryOp
	}
	if typ.Neg == nil {
		typ.Neg = base.Neg
	}
	if typ.Pos == nil {
		typ.Pos = base.Pos
	}
	if typ.Invert == nil {
		typ.Invert = base.Invert
	}
	if typ.Abs == nil {
		typ.Abs = base.Abs
	}
	if typ.Index == nil {
		typ.Index = base.Index
	}
	if typ.Int == nil {
		typ.Int = base.Int
	}
	if typ.Float == nil {
		typ.Float = base.Float
	}
	if typ.Len == nil {
		typ.Len = base.Len
	}
	if typ.GetItem == nil {
		typ.GetItem = base.GetItem
	}
	if typ.SetItem == nil {
		typ.SetItem = base.SetItem
	}
	if typ.DelItem == nil {
		typ.DelItem = base.DelItem
	}
	if typ.Contains == nil {
		typ.Contains = base.Contains
	}
	if typ.Iter == nil {
		typ.Iter = base.Iter
	}
	if typ.Next == nil {
		typ.Next = base.Next
	}
	if typ.GetAttr == nil {
		typ.GetAttr = base.GetAttr
	}
	if typ.GetAttrFallback == nil {
		typ.GetAttrFallback = base.GetAttrFallback
	}
	if typ.SetAttr == nil {
		typ.SetAttr = base.SetAttr
	}
	if typ.DescrGet == nil {
		typ.DescrGet = base.DescrGet
	}
	if typ.DescrSet == nil {
		typ.DescrSet = base.DescrSet
	}
	if typ.Call == nil {
		typ.Call = base.Call
	}
}

// binaryDunders maps parser.Operator to the dunder names.
var binaryDunders = [...]string{"add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv"}

var cmpDunders = [...]string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}

func wrapperOwnerCheck(typ *Type, name string, args []Object) error {
	if len(args) == 0 {
		return Errorf(TypeError, "descriptor '%s' of '%s' object needs an argument", name, typ.Name)
	}
	if !isSubtype(args[0].Type(), typ) {
		return Errorf(TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, typ.Name, TypeName(args[0]))
	}
	return nil
}

func wrapperArgs(typ *Type, name string, args []Object, kwnames []string, n int) error {
	if err := wrapperOwnerCheck(typ, name, args); err != nil {
		return err
	}
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s.%s() takes no keyword arguments", typ.Name, name)
	}
	if len(args)-1 != n {
		switch n {
		case 0:
			return Errorf(TypeError, "expected 0 arguments, got %d", len(args)-1)
		case 1:
			return Errorf(TypeError, "expected 1 argument, got %d", len(args)-1)
		}
		return Errorf(TypeError, "expected %d arguments, got %d", n, len(args)-1)
	}
	return nil
}

// addSlotWrappers installs __dunder__ methods for typ's own slots.
func addSlotWrappers(typ *Type) {
	d := typ.Dict
	add := func(name string, fn BuiltinFunc) {
		if _, ok := d.GetStr(name); !ok {
			d.SetStr(name, &Builtin{Name: name, Fn: fn, Owner: typ})
		}
	}
	var base *Type
	if len(typ.Bases) > 0 {
		base = typ.Bases[0]
	}
	own := func(slotNil, baseSame bool) bool { return !slotNil && (base == nil || !baseSame) }
	_ = own
	if typ.Repr != nil {
		add("__repr__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__repr__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return typ.Repr(t, args[0])
		})
	}
	if typ.Str != nil {
		add("__str__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__str__", args, kwnames, 0); err != nil {
				return nil, err
			}
			return typ.Str(t, args[0])
		})
	}
	if typ.Hash != nil {
		add("__hash__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__hash__", args, kwnames, 0); err != nil {
				return nil, err
			}
			h, err := typ.Hash(t, args[0])
			if err != nil {
				return nil, err
			}
			return MakeInt(h), nil
		})
	} else if typ != ObjectType && typ.RichCompare != nil {
		if _, ok := d.GetStr("__hash__"); !ok {
			d.SetStr("__hash__", None)
		}
	}
	if typ.RichCompare != nil {
		for i, name := range cmpDunders {
			op := CompareOp(i)
			name := name
			add(name, func(t *Thread, args []Object, kwnames []string) (Object, error) {
				if err := wrapperArgs(typ, name, args, kwnames, 1); err != nil {
					return nil, err
				}
				return typ.RichCompare(t, args[0], args[1], op)
			})
		}
	}
	if typ.Bool != nil {
		add("__bool__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__bool__", args, kwnames, 0); err != nil {
				return nil, err
			}
			b, err := typ.Bool(t, args[0])
			return MakeBool(b), err
		})
	}
	if typ.BinaryOp != nil {
		for i, n := range binaryDunders {
			op := i
			name := "__" + n + "__"
			iname := "__i" + n + "__"
			add(name, func(t *Thread, args []Object, kwnames []string) (Object, error) {
				if err := wrapperArgs(typ, name, args, kwnames, 1); err != nil {
					return nil, err
				}
				return typ.BinaryOp(t, args[0], args[1], op, false)
			})
			if typ == ListType || typ == DictType || typ == SetType {
				add(iname, func(t *Thread, args []Object, kwnames []string) (Object, error) {
					if err := wrapperArgs(typ, iname, args, kwnames, 1); err != nil {
						return nil, err
					}
					return typ.BinaryOp(t, args[0], args[1], op, true)
				})
			}
		}
	}
	if typ.RBinaryOp != nil {
		for i, n := range binaryDunders {
			op := i
			name := "__r" + n + "__"
			add(name, func(t *Thread, args []Object, kwnames []string) (Object, error) {
				if err := wrapperArgs(typ, name, args, kwnames, 1); err != nil {
					return nil, err
				}
				return typ.RBinaryOp(t, args[1], args[0], op)
			})
		}
	}
	unary := func(name string, fn func(t *Thread, o Object) (Object, error)) {
		if fn == nil {
			return
		}
		add(name, func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, name, args, kwnames, 0); err != nil {
				return nil, err
			}
			return fn(t, args[0])
		})
	}
	unary("__neg__", typ.Neg)
	unary("__pos__", typ.Pos)
	unary("__invert__", typ.Invert)
	unary("__abs__", typ.Abs)
	unary("__index__", typ.Index)
	unary("__int__", typ.Int)
	unary("__float__", typ.Float)
	if typ.Iter != nil {
		unary("__iter__", typ.Iter)
	}
	if typ.Next != nil {
		add("__next__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__next__", args, kwnames, 0); err != nil {
				return nil, err
			}
			v, err := typ.Next(t, args[0])
			if err == nil && v == nil {
				return nil, NewException(StopIteration)
			}
			return v, err
		})
	}
	if typ.Len != nil {
		add("__len__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__len__", args, kwnames, 0); err != nil {
				return nil, err
			}
			n, err := typ.Len(t, args[0])
			return MakeInt(int64(n)), err
		})
	}
	if typ.GetItem != nil {
		add("__getitem__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__getitem__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return typ.GetItem(t, args[0], args[1])
		})
	}
	if typ.SetItem != nil {
		add("__setitem__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__setitem__", args, kwnames, 2); err != nil {
				return nil, err
			}
			return None, typ.SetItem(t, args[0], args[1], args[2])
		})
	}
	if typ.DelItem != nil {
		add("__delitem__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__delitem__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return None, typ.DelItem(t, args[0], args[1])
		})
	}
	if typ.Contains != nil {
		add("__contains__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__contains__", args, kwnames, 1); err != nil {
				return nil, err
			}
			b, err := typ.Contains(t, args[0], args[1])
			return MakeBool(b), err
		})
	}
	if typ.Init != nil {
		add("__init__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperOwnerCheck(typ, "__init__", args); err != nil {
				return nil, err
			}
			return None, typ.Init(t, args[0], args[1:], kwnames)
		})
	}
	if typ.New != nil {
		add("__new__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeError, "%s.__new__(): not enough arguments", typ.Name)
			}
			cls, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeError, "%s.__new__(X): X is not a type object (%s)", typ.Name, TypeName(args[0]))
			}
			if !isSubtype(cls, typ) {
				return nil, Errorf(TypeError, "%s.__new__(%s): %s is not a subtype of %s", typ.Name, cls.Name, cls.Name, typ.Name)
			}
			return typ.New(t, cls, args[1:], kwnames)
		})
		if v, ok := d.GetStr("__new__"); ok {
			if b, ok := v.(*Builtin); ok && b.Owner == typ {
				d.SetStr("__new__", &StaticMethod{Func: b})
			}
		}
	}
	if typ.Call != nil {
		add("__call__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperOwnerCheck(typ, "__call__", args); err != nil {
				return nil, err
			}
			return typ.Call(t, args[0], args[1:], kwnames)
		})
	}
	if typ.GetAttr != nil && typ != TypeType {
		add("__getattribute__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__getattribute__", args, kwnames, 1); err != nil {
				return nil, err
			}
			name, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			return typ.GetAttr(t, args[0], name.S)
		})
	}
	if typ.SetAttr != nil && typ != TypeType {
		add("__setattr__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__setattr__", args, kwnames, 2); err != nil {
				return nil, err
			}
			name, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			return None, typ.SetAttr(t, args[0], name.S, args[2])
		})
		add("__delattr__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__delattr__", args, kwnames, 1); err != nil {
				return nil, err
			}
			name, ok := args[1].(*Str)
			if !ok {
				return nil, Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			return None, typ.SetAttr(t, args[0], name.S, nil)
		})
	}
	if typ.DescrGet != nil && typ != FunctionType && typ != BuiltinType {
		add("__get__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperOwnerCheck(typ, "__get__", args); err != nil {
				return nil, err
			}
			if len(args) < 2 || len(args) > 3 {
				return nil, Errorf(TypeError, "expected 1 or 2 arguments, got %d", len(args)-1)
			}
			inst := args[1]
			if inst == None {
				inst = nil
			}
			var owner *Type
			if len(args) == 3 {
				owner, _ = args[2].(*Type)
			}
			if owner == nil && inst != nil {
				owner = inst.Type()
			}
			return typ.DescrGet(t, args[0], inst, owner)
		})
	}
	if typ.DescrSet != nil {
		add("__set__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__set__", args, kwnames, 2); err != nil {
				return nil, err
			}
			return None, typ.DescrSet(t, args[0], args[1], args[2])
		})
		add("__delete__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := wrapperArgs(typ, "__delete__", args, kwnames, 1); err != nil {
				return nil, err
			}
			return None, typ.DescrSet(t, args[0], args[1], nil)
		})
	}
}

// typeRepr is type.__repr__: <class 'module.Name'>.
func typeRepr(t *Thread, o Object) (Object, error) {
	return NewStr(reprType(o.(*Type))), nil
}

func typeGetAttr(t *Thread, o Object, name string) (Object, error) {
	c := o.(*Type)
	switch name {
	case "__name__":
		return NewStr(c.Name), nil
	case "__qualname__":
		return NewStr(c.QualName()), nil
	case "__module__":
		if !c.IsBuiltin && c.Dict != nil {
			if v, ok := c.Dict.GetStr("__module__"); ok {
				return v, nil
			}
		}
		return NewStr(c.Module), nil
	case "__bases__":
		items := make([]Object, len(c.Bases))
		for i, b := range c.Bases {
			items[i] = b
		}
		return NewTuple(items), nil
	case "__base__":
		if len(c.Bases) == 0 {
			return None, nil
		}
		return c.Bases[0], nil
	case "__mro__":
		items := make([]Object, len(c.MRO))
		for i, b := range c.MRO {
			items[i] = b
		}
		return NewTuple(items), nil
	case "__dict__":
		return c.Dict, nil
	case "__class__":
		return c.Type(), nil
	case "__doc__":
		if c.Dict != nil {
			if v, ok := c.Dict.GetStr("__doc__"); ok {
				if g := v.Type().DescrGet; g != nil {
					return g(t, v, nil, c)
				}
				return v, nil
			}
		}
		if c.Doc != "" {
			return NewStr(c.Doc), nil
		}
		return None, nil
	}
	// Data descriptors of the metaclass, then the class's own MRO.
	meta := c.Type()
	metaAttr := lookupType(meta, name)
	if metaAttr != nil {
		if mt := metaAttr.Type(); mt.DescrSet != nil && mt.DescrGet != nil {
			return mt.DescrGet(t, metaAttr, c, meta)
		}
	}
	if v := lookupType(c, name); v != nil {
		if g := v.Type().DescrGet; g != nil {
			return g(t, v, nil, c)
		}
		return v, nil
	}
	if metaAttr != nil {
		if g := metaAttr.Type().DescrGet; g != nil {
			return g(t, metaAttr, c, meta)
		}
		return metaAttr, nil
	}
	return nil, attrError(c, name)
}

func typeSetAttr(t *Thread, o Object, name string, v Object) error {
	c := o.(*Type)
	if c.IsBuiltin {
		if v == nil {
			return Errorf(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, c.Name)
		}
		return Errorf(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, c.Name)
	}
	switch name {
	case "__name__":
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "can only assign string to %s.__name__, not '%s'", c.Name, TypeName(v))
		}
		c.Name = s.S
		invalidateTypeCache()
		return nil
	case "__qualname__":
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "can only assign string to %s.__qualname__, not '%s'", c.Name, TypeName(v))
		}
		c.Qual = s.S
		return nil
	case "__module__":
		if s, ok := v.(*Str); ok {
			c.Module = s.S
		}
	}
	if metaAttr := lookupType(c.Type(), name); metaAttr != nil {
		if s := metaAttr.Type().DescrSet; s != nil {
			return s(t, metaAttr, c, v)
		}
	}
	invalidateTypeCache()
	if v == nil {
		if !c.Dict.DeleteStr(name) {
			return attrError(c, name)
		}
	} else {
		c.Dict.SetStr(name, v)
	}
	if strings.HasPrefix(name, "__") && strings.HasSuffix(name, "__") {
		updateSlotsTree(c)
	}
	return nil
}

// updateSlotsTree recomputes the slots of c and its subclasses after a
// dunder changed.
func updateSlotsTree(c *Type) {
	fixupSlots(c)
	for _, s := range c.subclasses {
		updateSlotsTree(s)
	}
}

func init() {
	TypeType.Repr = typeRepr
	TypeType.GetAttr = typeGetAttr
	TypeType.SetAttr = typeSetAttr
	TypeType.Hash = identityHash
	TypeType.Call = func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error) {
		return t.callType(callee.(*Type), args, kwnames)
	}
	TypeType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		pos, kw := splitArgs(args, kwnames)
		if len(pos) == 1 && len(kw) == 0 {
			return pos[0].Type(), nil
		}
		if len(pos) != 3 {
			return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
		}
		name, ok := pos[0].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "type.__new__() argument 1 must be str, not %s", TypeName(pos[0]))
		}
		bt, ok := pos[1].(*Tuple)
		if !ok {
			return nil, Errorf(TypeError, "type.__new__() argument 2 must be tuple, not %s", TypeName(pos[1]))
		}
		ns, ok := pos[2].(*Dict)
		if !ok {
			return nil, Errorf(TypeError, "type.__new__() argument 3 must be dict, not %s", TypeName(pos[2]))
		}
		var kwd *Dict
		if len(kwnames) > 0 {
			kwd = NewDict()
			for i, k := range kwnames {
				kwd.SetStr(k, kw[i])
			}
		}
		return newClass(t, cls, name.S, bt.Items, ns, kwd)
	}
	TypeType.Init = func(t *Thread, self Object, args []Object, kwnames []string) error { return nil }
	TypeType.AddMethod("mro", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		c, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "descriptor 'mro' requires a 'type' object")
		}
		m, err := computeMRO(c)
		if err != nil {
			return nil, err
		}
		items := make([]Object, len(m))
		for i, x := range m {
			items[i] = x
		}
		return NewList(items), nil
	})
	TypeType.AddMethod("__subclasses__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		c := args[0].(*Type)
		items := make([]Object, len(c.subclasses))
		for i, x := range c.subclasses {
			items[i] = x
		}
		return NewList(items), nil
	})
	TypeType.AddMethod("__instancecheck__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "__instancecheck__() takes exactly one argument")
		}
		return MakeBool(isSubtype(args[1].Type(), args[0].(*Type))), nil
	})
	TypeType.AddMethod("__subclasscheck__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "__subclasscheck__() takes exactly one argument")
		}
		c, ok := args[1].(*Type)
		if !ok {
			return nil, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		return MakeBool(isSubtype(c, args[0].(*Type))), nil
	})
	TypeType.AddMethod("__dir__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return dirOf(t, args[0])
	})
	TypeType.RBinaryOp = nil
	TypeType.BinaryOp = func(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
		return NotImplemented, nil
	}
}

// typeString formats a class for messages: 'Name'.
func typeString(c *Type) string { return fmt.Sprintf("'%s'", c.Name) }
