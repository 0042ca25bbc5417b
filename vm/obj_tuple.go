package vm

// This file defines tuple: the Tuple type, its methods, and its slots.

import (
	"strings"

	"pyco/parser"
)

// Tuple is a pyco tuple. Items must not be mutated once the tuple is shared.
//
// Class is the user subclass the tuple is an instance of (namedtuple
// classes, `class P(tuple)`); or nil for a plain tuple. Attrs holds the
// instance attributes of such subclass instances; or nil.
type Tuple struct {
	Items []Object
	Class *Type // the subclass; or nil for tuple
	Attrs *Dict // instance attributes of a subclass instance; or nil
}

// emptyTuple is shared by every () built by NewTuple.
var emptyTuple = &Tuple{}

// NewTuple returns a tuple holding items (not copied).
func NewTuple(items []Object) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Items: items}
}

// Type returns tuple, or the subclass the tuple is an instance of.
func (t *Tuple) Type() *Type {
	if t.Class != nil {
		return t.Class
	}
	return TupleType
}

// The constants of CPython's tuple hash (xxHash's 64-bit primes).
const (
	xxPrime1 uint64 = 11400714785074694791
	xxPrime2 uint64 = 14029467366897019727
	xxPrime5 uint64 = 2870177450012600261
)

// hashTuple computes CPython's tuple hash of items.
func hashTuple(t *Thread, items []Object) (int64, error) {
	acc := xxPrime5
	for _, it := range items {
		h, err := keyHash(t, it)
		if err != nil {
			return 0, err
		}
		acc += uint64(h) * xxPrime2
		acc = acc<<31 | acc>>33
		acc *= xxPrime1
	}
	acc += uint64(len(items)) ^ (xxPrime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796, nil
	}
	return int64(acc), nil
}

func init() {
	TupleType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeError, "tuple() takes no keyword arguments")
		}
		if err := checkArgCount("tuple", len(args), 0, 1); err != nil {
			return nil, err
		}
		var items []Object
		if len(args) == 1 {
			if tu, ok := args[0].(*Tuple); ok && cls == TupleType && tu.Class == nil {
				return tu, nil
			}
			var err error
			if items, err = iterItems(t, args[0]); err != nil {
				return nil, err
			}
			if _, ok := args[0].(*List); ok {
				items = append([]Object(nil), items...)
			}
		}
		if cls != TupleType {
			return &Tuple{Items: items, Class: cls}, nil
		}
		return NewTuple(items), nil
	}
	TupleType.Repr = tuple_repr
	TupleType.Hash = func(t *Thread, o Object) (int64, error) {
		// Deeply nested tuples recurse on the Go stack.
		if err := t.enterDeep(" while hashing"); err != nil {
			return 0, err
		}
		h, err := hashTuple(t, o.(*Tuple).Items)
		t.leaveDeep()
		return h, err
	}
	TupleType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*Tuple)
		y, ok2 := b.(*Tuple)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		return seqCompare(t, x.Items, y.Items, op)
	}
	TupleType.BinaryOp = tuple_binop
	TupleType.RBinaryOp = func(t *Thread, a, b Object, op int) (Object, error) {
		tu := b.(*Tuple)
		if parser.Operator(op) != parser.Mult {
			return NotImplemented, nil
		}
		n, ok, err := repeatCount(t, a)
		if err != nil || !ok {
			if !ok {
				return NotImplemented, nil
			}
			return nil, err
		}
		return tu.repeat(n)
	}
	TupleType.Len = func(t *Thread, o Object) (int, error) { return len(o.(*Tuple).Items), nil }
	TupleType.GetItem = tuple_getitem
	TupleType.Contains = func(t *Thread, o, v Object) (bool, error) {
		for _, it := range o.(*Tuple).Items {
			eq, err := itemsEqual(t, it, v)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	}
	TupleType.Iter = func(t *Thread, o Object) (Object, error) {
		return &TupleIterator{items: o.(*Tuple).Items}, nil
	}
	TupleType.AddMethod("index", tuple_index)
	TupleType.AddMethod("count", tuple_count)
	TupleType.AddMethod("__getnewargs__", tuple_getnewargs)
}

// tuple_repr implements repr(tuple): (), (1,), (1, 2).
func tuple_repr(t *Thread, o Object) (Object, error) {
	tu := o.(*Tuple)
	if len(tu.Items) == 0 {
		return NewStr("()"), nil
	}
	if !reprEnter(t, tu) {
		return NewStr("(...)"), nil
	}
	defer reprLeave(t, tu)
	var b strings.Builder
	b.WriteByte('(')
	if err := reprItems(t, &b, tu.Items); err != nil {
		return nil, err
	}
	if len(tu.Items) == 1 {
		b.WriteByte(',')
	}
	b.WriteByte(')')
	return NewStr(b.String()), nil
}

// repeat returns the tuple repeated n times.
func (tu *Tuple) repeat(n int) (Object, error) {
	if n == 1 && tu.Class == nil {
		return tu, nil
	}
	items, err := repeatItems(tu.Items, n)
	if err != nil {
		return nil, err
	}
	return NewTuple(items), nil
}

// tuple_binop implements tuple + tuple and tuple * n.
func tuple_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	tu, ok := a.(*Tuple)
	if !ok {
		return NotImplemented, nil
	}
	switch parser.Operator(op) {
	case parser.Add:
		r, ok := b.(*Tuple)
		if !ok {
			if isUserType(b.Type()) && b.Type().RBinaryOp != nil {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeError, "can only concatenate tuple (not \"%s\") to tuple", TypeName(b))
		}
		if len(r.Items) == 0 && tu.Class == nil {
			return tu, nil
		}
		if len(tu.Items) == 0 && r.Class == nil {
			return r, nil
		}
		items := make([]Object, 0, len(tu.Items)+len(r.Items))
		items = append(items, tu.Items...)
		items = append(items, r.Items...)
		return NewTuple(items), nil
	case parser.Mult:
		n, ok, err := repeatCount(t, b)
		if err != nil {
			return nil, err
		}
		if !ok {
			if isUserType(b.Type()) && b.Type().RBinaryOp != nil {
				return NotImplemented, nil
			}
			return nil, Errorf(TypeError, "can't multiply sequence by non-int of type '%s'", TypeName(b))
		}
		return tu.repeat(n)
	}
	return NotImplemented, nil
}

// tuple_getitem implements tuple[i] and tuple[i:j:k].
func tuple_getitem(t *Thread, o, key Object) (Object, error) {
	tu := o.(*Tuple)
	if i, ok := key.(Int); ok {
		n := Int(len(tu.Items))
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return nil, Errorf(IndexError, "tuple index out of range")
		}
		return tu.Items[i], nil
	}
	if s, ok := key.(*Slice); ok {
		start, _, step, n, err := SliceIndices(t, s, len(tu.Items))
		if err != nil {
			return nil, err
		}
		if n == len(tu.Items) && step == 1 && tu.Class == nil {
			return tu, nil
		}
		return NewTuple(sliceItems(tu.Items, start, step, n)), nil
	}
	i, err := seqIndex(t, key, "tuple")
	if err != nil {
		return nil, err
	}
	return tuple_getitem(t, o, Int(i))
}

func tuple_index(t *Thread, args []Object, kwnames []string) (Object, error) {
	tu, err := selfArg[*Tuple](args, TupleType, "index")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("tuple.index", "index", args, kwnames, 1, 3); err != nil {
		return nil, err
	}
	start, stop, err := searchBounds(t, args[2:], len(tu.Items))
	if err != nil {
		return nil, err
	}
	i, err := seqFind(t, &tu.Items, args[1], start, stop)
	if err != nil {
		return nil, err
	}
	if i >= 0 {
		return Int(i), nil
	}
	return nil, Errorf(ValueError, "tuple.index(x): x not in tuple")
}

func tuple_count(t *Thread, args []Object, kwnames []string) (Object, error) {
	tu, err := selfArg[*Tuple](args, TupleType, "count")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("tuple.count", args, kwnames); err != nil {
		return nil, err
	}
	c, err := seqCount(t, &tu.Items, args[1])
	if err != nil {
		return nil, err
	}
	return Int(c), nil
}

func tuple_getnewargs(t *Thread, args []Object, kwnames []string) (Object, error) {
	tu, err := selfArg[*Tuple](args, TupleType, "__getnewargs__")
	if err != nil {
		return nil, err
	}
	return NewTuple([]Object{NewTuple(tu.Items)}), nil
}

// --- types.GenericAlias (list[int]) ---

// GenericAlias is a parameterised builtin class such as list[int], made by
// the __class_getitem__ of list, tuple, dict, set and frozenset.
type GenericAlias struct {
	Origin Object // the class subscripted
	Args   *Tuple // the subscript, always as a tuple
}

// GenericAliasType is types.GenericAlias.
var GenericAliasType = &Type{Name: "GenericAlias", Module: "types", IsBuiltin: true, NoSubclass: true}

// Type returns types.GenericAlias.
func (g *GenericAlias) Type() *Type { return GenericAliasType }

// classGetItem implements cls.__class_getitem__(item).
func classGetItem(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := checkOneArg("__class_getitem__", args, kwnames); err != nil {
		return nil, err
	}
	a, ok := args[1].(*Tuple)
	if !ok {
		a = NewTuple([]Object{args[1]})
	}
	return &GenericAlias{Origin: args[0], Args: a}, nil
}

// genericAliasItem renders one part of a GenericAlias repr (ga_repr_item).
func genericAliasItem(t *Thread, o Object) (string, error) {
	switch x := o.(type) {
	case *EllipsisType:
		return "...", nil
	case *GenericAlias:
		return Repr(t, x)
	case *Type:
		if x.Module == "builtins" || x.Module == "" {
			return x.Name, nil
		}
		return x.Module + "." + x.Name, nil
	}
	return Repr(t, o)
}

func init() {
	builtinTypes = append(builtinTypes, GenericAliasType)
	for _, typ := range []*Type{ListType, TupleType, DictType, SetType, FrozenSetType,
		EnumerateType, DictKeysType, DictValuesType, DictItemsType} {
		AddBuiltinClassMethod(typ, "__class_getitem__", classGetItem)
	}
	GenericAliasType.Repr = func(t *Thread, o Object) (Object, error) {
		g := o.(*GenericAlias)
		var b strings.Builder
		s, err := genericAliasItem(t, g.Origin)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
		b.WriteByte('[')
		if len(g.Args.Items) == 0 {
			b.WriteString("()")
		}
		for i, a := range g.Args.Items {
			if i > 0 {
				b.WriteString(", ")
			}
			s, err := genericAliasItem(t, a)
			if err != nil {
				return nil, err
			}
			b.WriteString(s)
		}
		b.WriteByte(']')
		return NewStr(b.String()), nil
	}
	GenericAliasType.Call = func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error) {
		return t.Call(callee.(*GenericAlias).Origin, args, kwnames)
	}
	GenericAliasType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*GenericAlias)
		y, ok2 := b.(*GenericAlias)
		if !ok1 || !ok2 || (op != OpEq && op != OpNe) {
			return NotImplemented, nil
		}
		eq, err := Equal(t, x.Origin, y.Origin)
		if err == nil && eq {
			eq, err = Equal(t, x.Args, y.Args)
		}
		if err != nil {
			return nil, err
		}
		return Bool(eq == (op == OpEq)), nil
	}
	GenericAliasType.Hash = func(t *Thread, o Object) (int64, error) {
		g := o.(*GenericAlias)
		h1, err := Hash(t, g.Origin)
		if err != nil {
			return 0, err
		}
		h2, err := Hash(t, g.Args)
		if err != nil {
			return 0, err
		}
		return h1 ^ h2, nil
	}
	GenericAliasType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		g := o.(*GenericAlias)
		switch name {
		case "__origin__":
			return g.Origin, nil
		case "__args__":
			return g.Args, nil
		case "__parameters__":
			return NewTuple(nil), nil
		case "__class__":
			return GenericAliasType, nil
		}
		return GetAttr(t, g.Origin, name)
	}
}
