package vm

// This file defines the dict views (dict_keys, dict_values, dict_items),
// their set operations, and the dict iterators (forward and reversed, for
// keys, values and items).

import (
	"strings"

	"pyco/parser"
)

// A DictViewKind selects what a view or dict iterator produces.
type DictViewKind int

// The kinds of dict views and iterators.
const (
	DictKeys DictViewKind = iota
	DictValues
	DictItems
)

// internal aliases used by the iterators
const dictIterKeys = DictKeys

// DictView is a live view of a dict: d.keys(), d.values() or d.items().
type DictView struct {
	Dict *Dict
	Kind DictViewKind
}

// The view types.
var (
	DictKeysType   = &Type{Name: "dict_keys", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	DictValuesType = &Type{Name: "dict_values", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	DictItemsType  = &Type{Name: "dict_items", Module: "builtins", IsBuiltin: true, NoSubclass: true}
)

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *Type {
	switch v.Kind {
	case DictKeys:
		return DictKeysType
	case DictValues:
		return DictValuesType
	}
	return DictItemsType
}

// The dict iterator types, indexed by [reverse][kind].
var dictIterTypes = [2][3]*Type{
	{newIterType("dict_keyiterator"), newIterType("dict_valueiterator"), newIterType("dict_itemiterator")},
	{newIterType("dict_reversekeyiterator"), newIterType("dict_reversevalueiterator"), newIterType("dict_reverseitemiterator")},
}

// A DictIter iterates over a dict's keys, values or items.
type DictIter struct {
	d         *Dict // or nil once exhausted
	kind      DictViewKind
	reverse   bool
	pos       int // next entry position (forward) or the one after it (reverse)
	used      int // the dict's size when iteration started
	remaining int // items still expected
}

// Type returns the iterator's type, e.g. dict_keyiterator.
func (it *DictIter) Type() *Type {
	r := 0
	if it.reverse {
		r = 1
	}
	return dictIterTypes[r][it.kind]
}

// newDictIter returns an iterator over d.
func newDictIter(d *Dict, kind DictViewKind, reverse bool) *DictIter {
	it := &DictIter{d: d, kind: kind, reverse: reverse, used: d.used, remaining: d.used}
	if reverse {
		it.pos = len(d.entries)
	}
	return it
}

// NewDictIter returns an iterator over the keys, values or items of d.
func NewDictIter(d *Dict, kind DictViewKind) Object { return newDictIter(d, kind, false) }

// dictiter_next advances a DictIter.
func dictiter_next(t *Thread, o Object) (Object, error) {
	it := o.(*DictIter)
	d := it.d
	if d == nil {
		return nil, nil
	}
	if d.used != it.used {
		it.used = -1 // keep failing, like CPython
		return nil, Errorf(RuntimeError, "dictionary changed size during iteration")
	}
	var k, v Object
	var ok bool
	if it.reverse {
		k, v, it.pos, ok = d.entryBefore(it.pos)
	} else {
		k, v, it.pos, ok = d.entryAt(it.pos)
	}
	if !ok {
		it.d = nil
		return nil, nil
	}
	if it.remaining <= 0 {
		it.d = nil
		return nil, Errorf(RuntimeError, "dictionary keys changed during iteration")
	}
	it.remaining--
	switch it.kind {
	case DictKeys:
		return k, nil
	case DictValues:
		return v, nil
	}
	return NewTuple([]Object{k, v}), nil
}

func init() {
	builtinTypes = append(builtinTypes, DictKeysType, DictValuesType, DictItemsType)
	for _, row := range dictIterTypes {
		for _, typ := range row {
			builtinTypes = append(builtinTypes, typ)
			typ.Next = dictiter_next
			typ.AddMethod("__length_hint__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
				it, err := selfArg[*DictIter](args, typ, "__length_hint__")
				if err != nil {
					return nil, err
				}
				if it.d == nil || it.d.used != it.used {
					return Int(0), nil
				}
				return Int(it.remaining), nil
			})
		}
	}
	for _, typ := range []*Type{DictKeysType, DictValuesType, DictItemsType} {
		typ.Repr = dictview_repr
		typ.Len = func(t *Thread, o Object) (int, error) { return o.(*DictView).Dict.used, nil }
		typ.Iter = func(t *Thread, o Object) (Object, error) {
			v := o.(*DictView)
			return newDictIter(v.Dict, v.Kind, false), nil
		}
		typ.Contains = dictview_contains
		typ.AddMethod("__reversed__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if len(args) == 0 {
				return nil, Errorf(TypeError, "__reversed__ needs an argument")
			}
			v, ok := args[0].(*DictView)
			if !ok {
				return nil, Errorf(TypeError, "descriptor '__reversed__' requires a dict view")
			}
			return newDictIter(v.Dict, v.Kind, true), nil
		})
	}
	for _, typ := range []*Type{DictKeysType, DictItemsType} {
		typ.RichCompare = dictview_richcompare
		typ.BinaryOp = func(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
			return dictview_setop(t, a, b, op)
		}
		typ.RBinaryOp = func(t *Thread, a, b Object, op int) (Object, error) {
			return dictview_setop(t, a, b, op)
		}
		typ.AddMethod("isdisjoint", dictview_isdisjoint)
	}
}

// dictview_repr implements repr of a view: dict_keys(['a', 'b']).
func dictview_repr(t *Thread, o Object) (Object, error) {
	v := o.(*DictView)
	name := v.Type().Name
	if !reprEnter(t, v) {
		return NewStr("..."), nil
	}
	defer reprLeave(t, v)
	items, err := iterItems(t, v)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	b.WriteString(name)
	b.WriteString("([")
	if err := reprItems(t, &b, items); err != nil {
		return nil, err
	}
	b.WriteString("])")
	return NewStr(b.String()), nil
}

// dictview_contains implements `x in view`.
func dictview_contains(t *Thread, o, x Object) (bool, error) {
	v := o.(*DictView)
	switch v.Kind {
	case DictKeys:
		_, ok, err := v.Dict.Get(t, x)
		return ok, err
	case DictItems:
		tu, ok := x.(*Tuple)
		if !ok || len(tu.Items) != 2 {
			return false, nil
		}
		val, ok, err := v.Dict.Get(t, tu.Items[0])
		if err != nil || !ok {
			return false, err
		}
		return itemsEqual(t, val, tu.Items[1])
	}
	d := v.Dict
	for i := 0; i < len(d.entries); i++ {
		if d.entries[i].key == nil {
			continue
		}
		eq, err := itemsEqual(t, d.entries[i].value, x)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

// isSetLike reports whether o is a set, frozenset, or keys/items view.
func isSetLike(o Object) bool {
	switch x := o.(type) {
	case *Set:
		return true
	case *DictView:
		return x.Kind != DictValues
	}
	return false
}

// allContainedIn reports whether every item of a is in b.
func allContainedIn(t *Thread, a, b Object) (bool, error) {
	ok := true
	err := Iterate(t, a, func(x Object) (bool, error) {
		in, err := Contains(t, b, x)
		if err != nil {
			return false, err
		}
		ok = in
		return in, nil
	})
	return ok, err
}

// dictview_richcompare compares keys and items views like sets.
func dictview_richcompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if !isSetLike(a) || !isSetLike(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return nil, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return nil, err
	}
	var ok bool
	switch op {
	case OpEq, OpNe:
		if la == lb {
			if ok, err = allContainedIn(t, a, b); err != nil {
				return nil, err
			}
		}
		if op == OpNe {
			ok = !ok
		}
	case OpLt, OpLe:
		if la < lb || (op == OpLe && la == lb) {
			ok, err = allContainedIn(t, a, b)
		}
	case OpGt, OpGe:
		if la > lb || (op == OpGe && la == lb) {
			ok, err = allContainedIn(t, b, a)
		}
	}
	if err != nil {
		return nil, err
	}
	return Bool(ok), nil
}

// viewToSet returns a new set holding the items of o (a view or any
// iterable), CPython's dictviews_to_set.
func viewToSet(t *Thread, o Object) (*Set, error) {
	if v, ok := o.(*DictView); ok && v.Kind == DictKeys && v.Dict.Class == nil {
		o = v.Dict
	}
	s := NewSet()
	if err := s.update(t, o); err != nil {
		return nil, err
	}
	return s, nil
}

// dictview_setop implements & | - ^ between a keys/items view and any
// iterable, in either order.
func dictview_setop(t *Thread, a, b Object, op int) (Object, error) {
	switch parser.Operator(op) {
	case parser.BitAnd:
		return dictviewIntersect(t, a, b)
	case parser.BitOr:
		s, err := viewToSet(t, a)
		if err != nil {
			return nil, err
		}
		return s, s.update(t, b)
	case parser.Sub:
		s, err := viewToSet(t, a)
		if err != nil {
			return nil, err
		}
		return s, s.differenceUpdate(t, b)
	case parser.BitXor:
		s, err := viewToSet(t, a)
		if err != nil {
			return nil, err
		}
		return s, s.symmetricDifferenceUpdate(t, b)
	}
	return NotImplemented, nil
}

// dictviewIntersect is CPython's _PyDictView_Intersect.
func dictviewIntersect(t *Thread, self, other Object) (Object, error) {
	if _, ok := self.(*DictView); !ok {
		self, other = other, self
	}
	v := self.(*DictView)
	lenSelf := v.Dict.used
	if s, ok := other.(*Set); ok && !s.frozen && s.Class == nil {
		if lenSelf <= s.used {
			return s.intersection(t, self)
		}
	}
	if ov, ok := other.(*DictView); ok && ov.Kind != DictValues {
		if ov.Dict.used > lenSelf {
			v, other = ov, v
		}
	}
	result := NewSet()
	err := Iterate(t, other, func(x Object) (bool, error) {
		in, err := dictview_contains(t, v, x)
		if err != nil {
			return false, err
		}
		if in {
			return true, result.Add(t, x)
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return result, nil
}

// dictview_isdisjoint implements keys.isdisjoint(iterable).
func dictview_isdisjoint(t *Thread, args []Object, kwnames []string) (Object, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "isdisjoint needs an argument")
	}
	v, ok := args[0].(*DictView)
	if !ok {
		return nil, Errorf(TypeError, "descriptor 'isdisjoint' requires a dict view")
	}
	if err := checkOneArg(v.Type().Name+".isdisjoint", args, kwnames); err != nil {
		return nil, err
	}
	disjoint := true
	err := Iterate(t, args[1], func(x Object) (bool, error) {
		in, err := dictview_contains(t, v, x)
		if err != nil {
			return false, err
		}
		if in {
			disjoint = false
			return false, nil
		}
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	return Bool(disjoint), nil
}
