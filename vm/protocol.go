package vm

// This file defines the object protocols: the functions the dispatch loop,
// the builtins and every builtin type use to operate on arbitrary values.
// They dispatch through Type slots and raise CPython's TypeErrors when a
// slot is missing.

import (
	"fmt"
	"sync/atomic"
	"unsafe"

	"pyco/parser"
)

// objectID returns the identity of o (id(o)): the address of the value the
// interface points to.
func objectID(o Object) uintptr {
	return (*[2]uintptr)(unsafe.Pointer(&o))[1]
}

// ObjectID returns id(o).
func ObjectID(o Object) uintptr { return objectID(o) }

// identityHash is object.__hash__.
func identityHash(t *Thread, o Object) (int64, error) {
	id := objectID(o)
	return int64(id>>4 | id<<60), nil
}

// Repr returns repr(o) as a Go string.
func Repr(t *Thread, o Object) (string, error) {
	r, err := ReprObj(t, o)
	if err != nil {
		return "", err
	}
	return r.S, nil
}

// ReprObj returns repr(o) as a *Str.
func ReprObj(t *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok && s.Type() == StrType && StrType.Repr != nil {
		r, err := StrType.Repr(t, s)
		if err != nil {
			return nil, err
		}
		return r.(*Str), nil
	}
	typ := o.Type()
	if typ.Repr == nil {
		return NewStr(defaultRepr(o)), nil
	}
	if t != nil {
		if err := t.EnterRecursiveCall(" while getting the repr of an object"); err != nil {
			return nil, err
		}
		defer t.LeaveRecursiveCall()
	}
	r, err := typ.Repr(t, o)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__repr__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// defaultRepr is object.__repr__: <module.Name object at 0x...>.
func defaultRepr(o Object) string {
	typ := o.Type()
	name := typ.QualName()
	if typ.Module != "builtins" && typ.Module != "" {
		name = typ.Module + "." + name
	}
	return fmt.Sprintf("<%s object at %#x>", name, objectID(o))
}

// StrOf returns str(o) as a Go string.
func StrOf(t *Thread, o Object) (string, error) {
	if s, ok := o.(*Str); ok {
		return s.S, nil
	}
	r, err := StrObj(t, o)
	if err != nil {
		return "", err
	}
	return r.S, nil
}

// StrObj returns str(o) as a *Str.
func StrObj(t *Thread, o Object) (*Str, error) {
	if s, ok := o.(*Str); ok && s.Type() == StrType {
		return s, nil
	}
	typ := o.Type()
	if typ.Str == nil {
		return ReprObj(t, o)
	}
	if t != nil {
		if err := t.EnterRecursiveCall(" while getting the str of an object"); err != nil {
			return nil, err
		}
		defer t.LeaveRecursiveCall()
	}
	r, err := typ.Str(t, o)
	if err != nil {
		return nil, err
	}
	s, ok := r.(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__str__ returned non-string (type %s)", TypeName(r))
	}
	return s, nil
}

// Hash returns hash(o); TypeError "unhashable type: 'list'" when o has no Hash slot.
func Hash(t *Thread, o Object) (int64, error) {
	switch x := o.(type) {
	case *Str:
		if x.Type() == StrType {
			return hashString(x.S), nil
		}
	case Int:
		if IntType.Hash != nil {
			return IntType.Hash(t, o)
		}
		return hashInt64(int64(x)), nil
	}
	h := o.Type().Hash
	if h == nil {
		return 0, Errorf(TypeError, "unhashable type: '%s'", TypeName(o))
	}
	return h(t, o)
}

// Equal reports a == b (with identity shortcut, as CPython's containers do).
func Equal(t *Thread, a, b Object) (bool, error) {
	if a == b {
		return true, nil
	}
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	case *Str:
		if y, ok := b.(*Str); ok && x.Type() == StrType && y.Type() == StrType {
			return x.S == y.S, nil
		}
	}
	r, err := RichCompare(t, a, b, OpEq)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truthy(t, r)
}

var cmpSwapped = [...]CompareOp{OpEq: OpEq, OpNe: OpNe, OpLt: OpGt, OpLe: OpGe, OpGt: OpLt, OpGe: OpLe}
var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">="}

// RichCompare returns the result of `a op b`, trying the reflected
// operation and the default identity comparison for == and != like CPython.
// Like CPython's PyObject_RichCompare it counts as a recursive call, so
// that comparing deeply nested containers raises RecursionError instead
// of overflowing the Go stack.
func RichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if err := t.EnterRecursiveCall(" in comparison"); err != nil {
		return nil, err
	}
	r, err := richCompare(t, a, b, op)
	t.LeaveRecursiveCall()
	return r, err
}

func richCompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.RichCompare != nil && isSubtype(tb, ta) {
		checkedReverse = true
		r, err := tb.RichCompare(t, b, a, cmpSwapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.RichCompare != nil {
		r, err := ta.RichCompare(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !checkedReverse && tb.RichCompare != nil {
		r, err := tb.RichCompare(t, b, a, cmpSwapped[op])
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	switch op {
	case OpEq:
		return MakeBool(a == b), nil
	case OpNe:
		return MakeBool(a != b), nil
	}
	return nil, Errorf(TypeError, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], TypeName(a), TypeName(b))
}

// Truthy returns bool(o).
func Truthy(t *Thread, o Object) (bool, error) {
	switch x := o.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case *NoneType:
		return false, nil
	case *Str:
		if x.Type() == StrType {
			return x.S != "", nil
		}
	case *List:
		if x.Class == nil {
			return len(x.Items) != 0, nil
		}
	}
	typ := o.Type()
	if typ.Bool != nil {
		return typ.Bool(t, o)
	}
	if typ.Len != nil {
		n, err := typ.Len(t, o)
		return n != 0, err
	}
	return true, nil
}

// GetIter returns iter(o).
func GetIter(t *Thread, o Object) (Object, error) {
	typ := o.Type()
	if typ.Iter != nil {
		it, err := typ.Iter(t, o)
		if err != nil {
			return nil, err
		}
		if it.Type().Next == nil {
			return nil, Errorf(TypeError, "iter() returned non-iterator of type '%s'", TypeName(it))
		}
		return it, nil
	}
	if typ.GetItem != nil && !isSubtype(typ, DictType) {
		return &SeqIter{Seq: o}, nil
	}
	return nil, Errorf(TypeError, "'%s' object is not iterable", TypeName(o))
}

// Next advances an iterator: it returns (nil, nil) when the iterator is
// exhausted (StopIteration is swallowed).
func Next(t *Thread, it Object) (Object, error) {
	next := it.Type().Next
	if next == nil {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	// Iterators over iterators (map, zip, filter... nested millions
	// deep) recurse on the Go stack.
	if err := t.enterDeep(""); err != nil {
		return nil, err
	}
	v, err := next(t, it)
	t.leaveDeep()
	if err != nil {
		if e, ok := err.(*Exception); ok && isSubtype(e.Class, StopIteration) {
			return nil, nil
		}
		return nil, err
	}
	// A Go iterator (range, iter(int, 1)) runs no bytecode, nor does a Go
	// loop over it (str.join, filter skipping falsy items): every 4096th
	// item polls the eval breaker, so that Ctrl-C and the time limit stop
	// them.
	if t.nexts++; t.nexts&4095 == 0 && atomic.LoadInt32(&t.Interp.pending) != 0 {
		if err := t.Interp.handleBreaker(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// Iterate calls fn for each item of iterable o, stopping early (without
// error) when fn returns false.
func Iterate(t *Thread, o Object, fn func(item Object) (bool, error)) error {
	switch x := o.(type) {
	case *List:
		if x.Class == nil {
			for i := 0; i < len(x.Items); i++ {
				ok, err := fn(x.Items[i])
				if err != nil || !ok {
					return err
				}
			}
			return nil
		}
	case *Tuple:
		if x.Type() == TupleType {
			for _, v := range x.Items {
				ok, err := fn(v)
				if err != nil || !ok {
					return err
				}
			}
			return nil
		}
	case *Generator:
		if x.kind == genGenerator {
			// GeneratorType.Next without the indirection.
			for {
				r, done, err := x.resume(t, None, nil)
				if err != nil {
					return err
				}
				if done {
					return nil
				}
				ok, err := fn(r)
				if err != nil || !ok {
					return err
				}
			}
		}
	}
	it, err := GetIter(t, o)
	if err != nil {
		return err
	}
	for {
		v, err := Next(t, it)
		if err != nil {
			return err
		}
		if v == nil {
			return nil
		}
		ok, err := fn(v)
		if err != nil || !ok {
			return err
		}
	}
}

// ToSlice returns the items of iterable o as a fresh slice.
func ToSlice(t *Thread, o Object) ([]Object, error) {
	switch x := o.(type) {
	case *List:
		return append([]Object(nil), x.Items...), nil
	case *Tuple:
		return append([]Object(nil), x.Items...), nil
	}
	var out []Object
	err := Iterate(t, o, func(v Object) (bool, error) {
		out = append(out, v)
		return true, nil
	})
	return out, err
}

// Len returns len(o).
func Len(t *Thread, o Object) (int, error) {
	l := o.Type().Len
	if l == nil {
		return 0, Errorf(TypeError, "object of type '%s' has no len()", TypeName(o))
	}
	n, err := l(t, o)
	if err == nil && n < 0 {
		return 0, Errorf(ValueError, "__len__() should return >= 0")
	}
	return n, err
}

// GetItem returns o[key].
func GetItem(t *Thread, o, key Object) (Object, error) {
	typ := o.Type()
	if typ.GetItem == nil {
		if c, ok := o.(*Type); ok {
			if m := lookupType(c, "__class_getitem__"); m != nil {
				f, err := bindDescr(t, m, nil, c)
				if err != nil {
					return nil, err
				}
				return t.Call(f, []Object{key}, nil)
			}
			return nil, Errorf(TypeError, "type '%s' is not subscriptable", c.Name)
		}
		return nil, Errorf(TypeError, "'%s' object is not subscriptable", TypeName(o))
	}
	return typ.GetItem(t, o, key)
}

// SetItem performs o[key] = v.
func SetItem(t *Thread, o, key, v Object) error {
	s := o.Type().SetItem
	if s == nil {
		if o.Type().GetItem == nil {
			return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(o))
		}
		return Errorf(TypeError, "'%s' object does not support item assignment", TypeName(o))
	}
	return s(t, o, key, v)
}

// DelItem performs del o[key].
func DelItem(t *Thread, o, key Object) error {
	d := o.Type().DelItem
	if d == nil {
		if o.Type().GetItem == nil {
			return Errorf(TypeError, "'%s' object does not support item deletion", TypeName(o))
		}
		return Errorf(TypeError, "'%s' object doesn't support item deletion", TypeName(o))
	}
	return d(t, o, key)
}

// Contains returns `v in o`.
func Contains(t *Thread, o, v Object) (bool, error) {
	typ := o.Type()
	if typ.Contains != nil {
		return typ.Contains(t, o, v)
	}
	if typ.Iter == nil && typ.GetItem == nil {
		return false, Errorf(TypeError, "argument of type '%s' is not iterable", TypeName(o))
	}
	found := false
	err := Iterate(t, o, func(x Object) (bool, error) {
		eq, err := Equal(t, x, v)
		if err != nil {
			return false, err
		}
		if eq {
			found = true
			return false, nil
		}
		return true, nil
	})
	return found, err
}

// opSymbol returns the spelling of operator op (a parser.Operator) for
// error messages.
func opSymbol(op int, inplace bool) string {
	s := parser.Operator(op).String()
	if inplace {
		return s + "="
	}
	if parser.Operator(op) == parser.Pow {
		return "** or pow()"
	}
	return s
}

// BinaryOp returns `a op b` (op is a parser.Operator), or the in-place form.
func BinaryOp(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	ta, tb := a.Type(), b.Type()
	if inplace && ta.BinaryOp != nil {
		r, err := ta.BinaryOp(t, a, b, op, true)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	triedReverse := false
	if ta != tb && tb.RBinaryOp != nil && !tb.IsBuiltin && (isSubtype(tb, ta) || isSeqConcat(ta, op)) {
		triedReverse = true
		r, err := tb.RBinaryOp(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if ta.BinaryOp != nil && !(inplace && ta.IsBuiltin && false) {
		r, err := ta.BinaryOp(t, a, b, op, false)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !triedReverse && ta != tb && tb.RBinaryOp != nil {
		r, err := tb.RBinaryOp(t, a, b, op)
		if err != nil || r != NotImplemented {
			return r, err
		}
	} else if !triedReverse && ta == tb && !ta.IsBuiltin && tb.RBinaryOp != nil && false {
		// Same types: CPython does not try the reflected method.
	}
	return nil, binOpError(a, b, op, inplace)
}

// isSeqConcat reports whether `a op b` is a builtin sequence's
// concatenation or repetition, which CPython tries after the other
// operand's reflected method (sq_concat/sq_repeat come after nb_add).
func isSeqConcat(ta *Type, op int) bool {
	if op != int(parser.Add) && op != int(parser.Mult) {
		return false
	}
	switch ta {
	case StrType, ListType, TupleType, BytesType:
		return true
	}
	return false
}

func binOpError(a, b Object, op int, inplace bool) error {
	if parser.Operator(op) == parser.Mult {
		seq := func(o Object) bool {
			switch o.Type() {
			case StrType, ListType, TupleType, BytesType:
				return true
			}
			return false
		}
		if seq(a) && b.Type().Index == nil {
			return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		if seq(b) && a.Type().Index == nil {
			return Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(a))
		}
	}
	return Errorf(TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", opSymbol(op, inplace), TypeName(a), TypeName(b))
}

// Negative returns -o.
func Negative(t *Thread, o Object) (Object, error) {
	if f := o.Type().Neg; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeError, "bad operand type for unary -: '%s'", TypeName(o))
}

// Positive returns +o.
func Positive(t *Thread, o Object) (Object, error) {
	if f := o.Type().Pos; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeError, "bad operand type for unary +: '%s'", TypeName(o))
}

// Invert returns ~o.
func Invert(t *Thread, o Object) (Object, error) {
	if f := o.Type().Invert; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeError, "bad operand type for unary ~: '%s'", TypeName(o))
}

// Index returns o.__index__() as an Int or *BigInt.
func Index(t *Thread, o Object) (Object, error) {
	switch o.(type) {
	case Int, *BigInt:
		return o, nil
	case Bool:
		if o == True {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	}
	if f := o.Type().Index; f != nil {
		return f(t, o)
	}
	return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(o))
}

// --- attributes ---

// lookupType finds name along typ's MRO; or nil.
func lookupType(typ *Type, name string) Object {
	v, _ := lookupTypeHash(typ, name)
	return v
}

// LookupType finds name along typ's MRO without binding it; or nil.
func LookupType(typ *Type, name string) Object { return lookupType(typ, name) }

// bindDescr applies descr's __get__ for instance inst (nil for a class
// lookup) of class owner; a non-descriptor is returned unchanged.
func bindDescr(t *Thread, descr, inst Object, owner *Type) (Object, error) {
	if g := descr.Type().DescrGet; g != nil {
		return g(t, descr, inst, owner)
	}
	return descr, nil
}

// instanceDict returns o's attribute dict; or nil when o has none. With
// create, a missing dict of an object that may have one is created.
func instanceDict(o Object, create bool) *Dict {
	switch x := o.(type) {
	case *Instance:
		return x.Dict
	case *SlotInstance:
		return x.dict(create)
	case *Exception:
		if x.Dict == nil && create {
			x.Dict = NewDict()
		}
		return x.Dict
	case *Dict:
		if x.Class != nil {
			if x.Attrs == nil && create {
				x.Attrs = NewDict()
			}
			return x.Attrs
		}
	case *List:
		if x.Class != nil {
			if x.Attrs == nil && create {
				x.Attrs = NewDict()
			}
			return x.Attrs
		}
	case *Function:
		if x.Dict == nil && create {
			x.Dict = NewDict()
		}
		return x.Dict
	case *Module:
		return x.Dict
	case AttrDicter:
		return x.AttrDict(create)
	}
	return nil
}

// AttrDicter is implemented by values that carry an attribute dict (for
// instance instances of user subclasses of builtin types): AttrDict returns
// it, creating it when create is true; or nil.
type AttrDicter interface {
	AttrDict(create bool) *Dict
}

// attrError returns the AttributeError for a missing attribute of o.
func attrError(o Object, name string) *Exception {
	var e *Exception
	switch x := o.(type) {
	case *Type:
		e = Errorf(AttributeError, "type object '%s' has no attribute '%s'", x.Name, name)
	case *Module:
		e = Errorf(AttributeError, "module '%s' has no attribute '%s'", x.Name, name)
	default:
		e = Errorf(AttributeError, "'%s' object has no attribute '%s'", TypeName(o), name)
	}
	e.Dict = NewDict()
	e.Dict.SetStr("name", NewStr(name))
	e.Dict.SetStr("obj", o)
	return e
}

// genericGetAttr is object.__getattribute__.
func genericGetAttr(t *Thread, o Object, name string) (Object, error) {
	typ := o.Type()
	descr, h := lookupTypeHash(typ, name)
	if descr != nil {
		dt := descr.Type()
		if dt.DescrSet != nil && dt.DescrGet != nil {
			return dt.DescrGet(t, descr, o, typ)
		}
	}
	if d := instanceDict(o, false); d != nil && !typ.noDict {
		if v, ok := dictGetStrHashed(d, name, h); ok {
			return v, nil
		}
	}
	if descr != nil {
		if g := descr.Type().DescrGet; g != nil {
			return g(t, descr, o, typ)
		}
		return descr, nil
	}
	if name == "__class__" {
		return typ, nil
	}
	if name == "__dict__" && !typ.noDict {
		if d := instanceDict(o, true); d != nil {
			return d, nil
		}
	}
	return nil, attrError(o, name)
}

// GenericGetAttr is object.__getattribute__, for natives that override
// GetAttr and fall back to the generic protocol.
func GenericGetAttr(t *Thread, o Object, name string) (Object, error) {
	return genericGetAttr(t, o, name)
}

// GenericSetAttr is object.__setattr__ (v == nil deletes).
func GenericSetAttr(t *Thread, o Object, name string, v Object) error {
	return genericSetAttr(t, o, name, v)
}

// genericSetAttr is object.__setattr__ / __delattr__ (v == nil).
func genericSetAttr(t *Thread, o Object, name string, v Object) error {
	typ := o.Type()
	ce := lookupTypeEntry(typ, name)
	descr := ce.v
	if descr != nil {
		if s := descr.Type().DescrSet; s != nil {
			return s(t, descr, o, v)
		}
	}
	if name == "__class__" && v != nil {
		return setClass(t, o, v)
	}
	var d *Dict
	if !typ.noDict {
		// (A builtin subclass declaring __slots__ keeps only the slot
		// values in its dict, obj_slots.go.)
		d = instanceDict(o, true)
	}
	if d == nil {
		if descr != nil {
			return Errorf(AttributeError, "'%s' object attribute '%s' is read-only", TypeName(o), name)
		}
		if g := typ.GetAttr; g != nil {
			if _, err := g(t, o, name); err == nil {
				return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", name, typ.Name)
			}
		}
		return attrError(o, name)
	}
	if v == nil {
		if !d.DeleteStr(name) {
			return attrError(o, name)
		}
		return nil
	}
	if name == "__dict__" {
		nd, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		if inst, ok := o.(*Instance); ok {
			inst.Dict = nd
			return nil
		}
		if si, ok := o.(*SlotInstance); ok {
			si.Slots[si.Class.dictSlot-1] = nd
			return nil
		}
	}
	dictSetStrCached(d, name, ce, v)
	if inst, ok := o.(*Instance); ok && d.used > inst.Class.instHint {
		inst.Class.instHint = d.used
	}
	return nil
}

func setClass(t *Thread, o Object, v Object) error {
	c, ok := v.(*Type)
	if !ok {
		return Errorf(TypeError, "__class__ must be set to a class, not '%s' object", TypeName(v))
	}
	switch x := o.(type) {
	case *Instance:
		if c.IsBuiltin {
			return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if c.slotted || x.Class.slotted {
			return Errorf(TypeError, "__class__ assignment: '%s' object layout differs from '%s'", c.Name, x.Class.Name)
		}
		x.Class = c
		return nil
	case *SlotInstance:
		if c.IsBuiltin {
			return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
		}
		if !sameLayout(x.Class, c) {
			return Errorf(TypeError, "__class__ assignment: '%s' object layout differs from '%s'", c.Name, x.Class.Name)
		}
		x.Class = c
		return nil
	case *Exception:
		x.Class = c
		return nil
	}
	return Errorf(TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
}

// GetAttr returns o.name.
func GetAttr(t *Thread, o Object, name string) (Object, error) {
	typ := o.Type()
	var v Object
	var err error
	if typ.GetAttr != nil {
		v, err = typ.GetAttr(t, o, name)
	} else {
		v, err = genericGetAttr(t, o, name)
	}
	if err != nil && typ.GetAttrFallback != nil {
		if e, ok := err.(*Exception); ok && isSubtype(e.Class, AttributeError) {
			return typ.GetAttrFallback(t, o, name)
		}
	}
	return v, err
}

// GetAttrOpt returns o.name, or (nil, nil) when o has no such attribute.
func GetAttrOpt(t *Thread, o Object, name string) (Object, error) {
	v, err := GetAttr(t, o, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && isSubtype(e.Class, AttributeError) {
			return nil, nil
		}
		return nil, err
	}
	return v, nil
}

// SetAttr performs o.name = v (v == nil deletes).
func SetAttr(t *Thread, o Object, name string, v Object) error {
	if s := o.Type().SetAttr; s != nil {
		return s(t, o, name, v)
	}
	return genericSetAttr(t, o, name, v)
}

// CallMethod calls o.name(args...).
func CallMethod(t *Thread, o Object, name string, args []Object, kwnames []string) (Object, error) {
	m, err := GetAttr(t, o, name)
	if err != nil {
		return nil, err
	}
	return t.Call(m, args, kwnames)
}

// TypeName returns the name of o's class, as used in error messages.
func TypeName(o Object) string { return o.Type().Name }

// IsInstance reports whether o is an instance of cls (or a subclass).
func IsInstance(o Object, cls *Type) bool { return isSubtype(o.Type(), cls) }

// isSubtype reports whether a is b or a subclass of b.
func isSubtype(a, b *Type) bool {
	if a == b {
		return true
	}
	if a.MRO != nil {
		for _, c := range a.MRO {
			if c == b {
				return true
			}
		}
		return false
	}
	for _, base := range a.Bases {
		if isSubtype(base, b) {
			return true
		}
	}
	return b == ObjectType
}

// IsSubtype reports whether a is b or a subclass of b.
func IsSubtype(a, b *Type) bool { return isSubtype(a, b) }

// SeqIter iterates over a value with __getitem__ (the sequence protocol
// fallback of iter()).
type SeqIter struct {
	Seq Object // or nil when exhausted
	I   int
}

// SeqIterType is the type of SeqIter.
var SeqIterType = &Type{Name: "iterator", Module: "builtins", IsBuiltin: true, NoSubclass: true}

// Type returns iterator.
func (s *SeqIter) Type() *Type { return SeqIterType }

func init() {
	builtinTypes = append(builtinTypes, SeqIterType)
	SeqIterType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	SeqIterType.Next = func(t *Thread, o Object) (Object, error) {
		s := o.(*SeqIter)
		if s.Seq == nil {
			return nil, nil
		}
		v, err := GetItem(t, s.Seq, MakeInt(int64(s.I)))
		if err != nil {
			if e, ok := err.(*Exception); ok && (isSubtype(e.Class, IndexError) || isSubtype(e.Class, StopIteration)) {
				s.Seq = nil
				return nil, nil
			}
			return nil, err
		}
		s.I++
		return v, nil
	}
}
