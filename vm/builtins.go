package vm

// This file defines the builtins module: its table of names (types,
// exceptions, constants) and the builtin functions of the core (print,
// len, isinstance, getattr, iter/next, min/max, sorted, exec/eval, ...).
// Builtin *types* are implemented by their own files; calling them goes
// through Type.New/Init.

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
)

func newBuiltinsModule(in *Interpreter) *Module {
	m := NewModule("builtins")
	m.kind = "built-in"
	d := m.Dict
	for _, typ := range []*Type{ObjectType, TypeType, IntType, FloatType, StrType, BoolType, BytesType,
		ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, SliceType, EnumerateType,
		ZipType, MapType, FilterType, ReversedType, SuperType, PropertyType, ClassMethodType, StaticMethodType} {
		d.SetStr(typ.Name, typ)
	}
	if b, ok := lookupBuiltinType("bytearray"); ok {
		d.SetStr("bytearray", b)
	}
	if b, ok := lookupBuiltinType("complex"); ok {
		d.SetStr("complex", b)
	}
	for _, e := range ExceptionTypes() {
		d.SetStr(e.Name, e)
	}
	d.SetStr("EnvironmentError", OSError)
	d.SetStr("IOError", OSError)
	d.SetStr("None", None)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("__debug__", True)
	d.SetStr("__name__", NewStr("builtins"))
	fns := []*Builtin{
		NewBuiltin("print", builtin_print),
		NewBuiltin("input", builtin_input),
		NewBuiltin("len", builtin_len),
		NewBuiltin("isinstance", builtin_isinstance),
		NewBuiltin("issubclass", builtin_issubclass),
		NewBuiltin("hasattr", builtin_hasattr),
		NewBuiltin("getattr", builtin_getattr),
		NewBuiltin("setattr", builtin_setattr),
		NewBuiltin("delattr", builtin_delattr),
		NewBuiltin("id", builtin_id),
		NewBuiltin("hash", builtin_hash),
		NewBuiltin("repr", builtin_repr),
		NewBuiltin("ascii", builtin_ascii),
		NewBuiltin("abs", builtin_abs),
		NewBuiltin("min", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			return minmax(t, "min", args, kwnames, OpLt)
		}),
		NewBuiltin("max", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			return minmax(t, "max", args, kwnames, OpGt)
		}),
		NewBuiltin("sum", builtin_sum),
		NewBuiltin("sorted", builtin_sorted),
		NewBuiltin("iter", builtin_iter),
		NewBuiltin("next", builtin_next),
		NewBuiltin("any", builtin_any),
		NewBuiltin("all", builtin_all),
		NewBuiltin("round", builtin_round),
		NewBuiltin("divmod", builtin_divmod),
		NewBuiltin("pow", builtin_pow),
		NewBuiltin("chr", builtin_chr),
		NewBuiltin("ord", builtin_ord),
		NewBuiltin("hex", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			return intToBase(t, "hex", args, kwnames, 16, "0x")
		}),
		NewBuiltin("oct", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			return intToBase(t, "oct", args, kwnames, 8, "0o")
		}),
		NewBuiltin("bin", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			return intToBase(t, "bin", args, kwnames, 2, "0b")
		}),
		NewBuiltin("format", builtin_format),
		NewBuiltin("callable", builtin_callable),
		NewBuiltin("globals", builtin_globals),
		NewBuiltin("locals", builtin_locals),
		NewBuiltin("vars", builtin_vars),
		NewBuiltin("dir", builtin_dir),
		NewBuiltin("open", OpenFile),
		NewBuiltin("__build_class__", buildClass),
		NewBuiltin("__import__", builtin_import),
		NewBuiltin("exec", builtin_exec),
		NewBuiltin("eval", builtin_eval),
		NewBuiltin("compile", builtin_compile),
		NewBuiltin("aiter", builtin_aiter),
		NewBuiltin("anext", builtin_anext),
		NewBuiltin("breakpoint", func(t *Thread, args []Object, kwnames []string) (Object, error) { return None, nil }),
	}
	for _, f := range fns {
		f.Module = "builtins"
		d.SetStr(f.Name, f)
	}
	return m
}

func lookupBuiltinType(name string) (*Type, bool) {
	for _, t := range builtinTypes {
		if t.Name == name && t.Module == "builtins" {
			return t, true
		}
	}
	return nil, false
}

func noKw(name string, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}

func exactArgs(name string, args []Object, kwnames []string, n int) error {
	if err := noKw(name, kwnames); err != nil {
		return err
	}
	if len(args) != n {
		if n == 1 {
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return Errorf(TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func rangeArgs(name string, args []Object, kwnames []string, lo, hi int) error {
	if err := noKw(name, kwnames); err != nil {
		return err
	}
	if len(args) < lo {
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", name, lo, plural(lo, "", "s"), len(args))
	}
	if len(args) > hi {
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", name, hi, plural(hi, "", "s"), len(args))
	}
	return nil
}

// sysStream returns sys.<name>.
func (t *Thread) sysStream(name string) Object {
	if v, ok := t.Interp.Sys.Dict.GetStr(name); ok {
		return v
	}
	return None
}

// writeTo writes s to a file object (fast path for the standard streams).
func writeTo(t *Thread, file Object, s string) error {
	if ss, ok := file.(*StdStream); ok {
		return ss.WriteString(s)
	}
	_, err := CallMethod(t, file, "write", []Object{NewStr(s)}, nil)
	return err
}

func builtin_print(t *Thread, args []Object, kwnames []string) (Object, error) {
	pos, kw := splitArgs(args, kwnames)
	sep, end := " ", "\n"
	var file Object
	flush := false
	for i, k := range kwnames {
		v := kw[i]
		switch k {
		case "sep", "end":
			if v == None {
				continue
			}
			s, ok := v.(*Str)
			if !ok {
				return nil, Errorf(TypeError, "%s must be None or a string, not %s", k, TypeName(v))
			}
			if k == "sep" {
				sep = s.S
			} else {
				end = s.S
			}
		case "file":
			if v != None {
				file = v
			}
		case "flush":
			b, err := Truthy(t, v)
			if err != nil {
				return nil, err
			}
			flush = b
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for print()", k)
		}
	}
	if file == nil {
		file = t.sysStream("stdout")
		if file == None {
			return None, nil
		}
	}
	var sb strings.Builder
	for i, a := range pos {
		if i > 0 {
			sb.WriteString(sep)
		}
		s, err := StrOf(t, a)
		if err != nil {
			return nil, err
		}
		sb.WriteString(s)
	}
	sb.WriteString(end)
	if ss, ok := file.(*StdStream); ok {
		if err := ss.WriteString(sb.String()); err != nil {
			return nil, err
		}
		if flush && ss.flush != nil {
			ss.flush.Flush()
		}
		return None, nil
	}
	// A user file: write each piece like CPython does.
	w, err := GetAttr(t, file, "write")
	if err != nil {
		return nil, err
	}
	for i, a := range pos {
		if i > 0 {
			if _, err := t.Call(w, []Object{NewStr(sep)}, nil); err != nil {
				return nil, err
			}
		}
		s, err := StrObj(t, a)
		if err != nil {
			return nil, err
		}
		if _, err := t.Call(w, []Object{s}, nil); err != nil {
			return nil, err
		}
	}
	if _, err := t.Call(w, []Object{NewStr(end)}, nil); err != nil {
		return nil, err
	}
	if flush {
		if _, err := CallMethod(t, file, "flush", nil, nil); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func builtin_input(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := rangeArgs("input", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	out := t.sysStream("stdout")
	if len(args) == 1 {
		s, err := StrOf(t, args[0])
		if err != nil {
			return nil, err
		}
		if err := writeTo(t, out, s); err != nil {
			return nil, err
		}
	}
	if ss, ok := out.(*StdStream); ok && ss.flush != nil {
		ss.flush.Flush()
	} else if out != None {
		CallMethod(t, out, "flush", nil, nil)
	}
	in := t.sysStream("stdin")
	var line string
	if ss, ok := in.(*StdStream); ok {
		l, err := ss.ReadLine()
		if err != nil {
			return nil, err
		}
		line = l
	} else {
		r, err := CallMethod(t, in, "readline", nil, nil)
		if err != nil {
			return nil, err
		}
		line, err = StrOf(t, r)
		if err != nil {
			return nil, err
		}
	}
	if line == "" {
		return nil, Errorf(EOFError, "EOF when reading a line")
	}
	line = strings.TrimSuffix(line, "\n")
	return NewStr(line), nil
}

func builtin_len(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("len", args, kwnames, 1); err != nil {
		return nil, err
	}
	n, err := Len(t, args[0])
	if err != nil {
		return nil, err
	}
	return MakeInt(int64(n)), nil
}

// IsInstanceOf implements isinstance(o, spec) for a class or a tuple.
func IsInstanceOf(t *Thread, o, spec Object) (bool, error) {
	switch s := spec.(type) {
	case *Type:
		if isSubtype(o.Type(), s) {
			return true, nil
		}
		if m := lookupType(s.Type(), "__instancecheck__"); m != nil && s.Meta != nil {
			r, err := callBoundDescr(t, m, s, s.Type(), []Object{o})
			if err != nil {
				return false, err
			}
			return Truthy(t, r)
		}
		if h := classCheckHook(s, "__instancecheck__"); h != nil {
			return callClassCheckHook(t, h, s, o)
		}
		// __class__ may differ from type() (proxies).
		return false, nil
	case *Tuple:
		// Nested tuples recurse on the Go stack.
		if err := t.EnterRecursiveCall(" in __instancecheck__"); err != nil {
			return false, err
		}
		defer t.LeaveRecursiveCall()
		for _, x := range s.Items {
			ok, err := IsInstanceOf(t, o, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if m := lookupType(spec.Type(), "__instancecheck__"); m != nil {
		r, err := callBoundDescr(t, m, spec, spec.Type(), []Object{o})
		if err != nil {
			return false, err
		}
		return Truthy(t, r)
	}
	return false, Errorf(TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

// classCheckHook stands in for a metaclass's __instancecheck__ and
// __subclasscheck__ (pyco has no metaclasses): when isinstance(o, C) or
// issubclass(S, C) finds no real subclass relation and a user class C
// has a *classmethod* of that name along its MRO, the classmethod
// decides. collections.abc uses it for its ABCs (registration and
// structural checks such as Iterable's __iter__). A plain function of
// that name is not a hook: in CPython it would be an instance method,
// consulted only when an instance is used as the class argument.
func classCheckHook(c *Type, name string) Object {
	if c.IsBuiltin {
		return nil
	}
	if m, ok := lookupType(c, name).(*ClassMethod); ok {
		return m
	}
	return nil
}

func callClassCheckHook(t *Thread, h Object, c *Type, arg Object) (bool, error) {
	bound, err := bindDescr(t, h, nil, c)
	if err != nil {
		return false, err
	}
	r, err := t.Call(bound, []Object{arg}, nil)
	if err != nil {
		return false, err
	}
	return Truthy(t, r)
}

func builtin_isinstance(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := noKw("isinstance", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "isinstance expected 2 arguments, got %d", len(args))
	}
	ok, err := IsInstanceOf(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return MakeBool(ok), nil
}

func isSubclassOf(t *Thread, c, spec Object) (bool, error) {
	switch s := spec.(type) {
	case *Type:
		ct, ok := c.(*Type)
		if !ok {
			return false, Errorf(TypeError, "issubclass() arg 1 must be a class")
		}
		if isSubtype(ct, s) {
			return true, nil
		}
		if h := classCheckHook(s, "__subclasscheck__"); h != nil {
			return callClassCheckHook(t, h, s, ct)
		}
		return false, nil
	case *Tuple:
		if err := t.EnterRecursiveCall(" in __subclasscheck__"); err != nil {
			return false, err
		}
		defer t.LeaveRecursiveCall()
		for _, x := range s.Items {
			ok, err := isSubclassOf(t, c, x)
			if err != nil || ok {
				return ok, err
			}
		}
		return false, nil
	}
	if m := lookupType(spec.Type(), "__subclasscheck__"); m != nil {
		r, err := callBoundDescr(t, m, spec, spec.Type(), []Object{c})
		if err != nil {
			return false, err
		}
		return Truthy(t, r)
	}
	return false, Errorf(TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
}

func builtin_issubclass(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := noKw("issubclass", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "issubclass expected 2 arguments, got %d", len(args))
	}
	ok, err := isSubclassOf(t, args[0], args[1])
	if err != nil {
		return nil, err
	}
	return MakeBool(ok), nil
}

func attrName(fn string, o Object) (string, error) {
	s, ok := o.(*Str)
	if !ok {
		return "", Errorf(TypeError, "attribute name must be string, not '%s'", TypeName(o))
	}
	return s.S, nil
}

func builtin_hasattr(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := noKw("hasattr", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName("hasattr", args[1])
	if err != nil {
		return nil, err
	}
	v, err := GetAttrOpt(t, args[0], name)
	if err != nil {
		return nil, err
	}
	return MakeBool(v != nil), nil
}

func builtin_getattr(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := noKw("getattr", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 2 || len(args) > 3 {
		if len(args) < 2 {
			return nil, Errorf(TypeError, "getattr expected at least 2 arguments, got %d", len(args))
		}
		return nil, Errorf(TypeError, "getattr expected at most 3 arguments, got %d", len(args))
	}
	name, err := attrName("getattr", args[1])
	if err != nil {
		return nil, err
	}
	if len(args) == 3 {
		v, err := GetAttrOpt(t, args[0], name)
		if err != nil {
			return nil, err
		}
		if v == nil {
			return args[2], nil
		}
		return v, nil
	}
	return GetAttr(t, args[0], name)
}

func builtin_setattr(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := noKw("setattr", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 3 {
		return nil, Errorf(TypeError, "setattr expected 3 arguments, got %d", len(args))
	}
	name, err := attrName("setattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(t, args[0], name, args[2])
}

func builtin_delattr(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := noKw("delattr", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "delattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName("delattr", args[1])
	if err != nil {
		return nil, err
	}
	return None, SetAttr(t, args[0], name, nil)
}

func builtin_id(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("id", args, kwnames, 1); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case Int:
		return MakeInt(int64(v)*2 + 1<<40), nil
	case Bool:
		if v {
			return MakeInt(1 << 41), nil
		}
		return MakeInt(1<<41 + 8), nil
	}
	return MakeInt(int64(objectID(args[0]))), nil
}

func builtin_hash(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("hash", args, kwnames, 1); err != nil {
		return nil, err
	}
	h, err := Hash(t, args[0])
	if err != nil {
		return nil, err
	}
	return MakeInt(h), nil
}

func builtin_repr(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("repr", args, kwnames, 1); err != nil {
		return nil, err
	}
	return ReprObj(t, args[0])
}

func builtin_ascii(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("ascii", args, kwnames, 1); err != nil {
		return nil, err
	}
	return asciiObj(t, args[0])
}

func asciiObj(t *Thread, o Object) (Object, error) {
	s, err := ASCIIRepr(t, o)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

// Format implements format(v, spec).
func Format(t *Thread, v Object, spec string) (Object, error) { return FormatValue(t, v, spec) }

func builtin_abs(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("abs", args, kwnames, 1); err != nil {
		return nil, err
	}
	if f := args[0].Type().Abs; f != nil {
		return f(t, args[0])
	}
	return nil, Errorf(TypeError, "bad operand type for abs(): '%s'", TypeName(args[0]))
}

func minmax(t *Thread, name string, args []Object, kwnames []string, op CompareOp) (Object, error) {
	pos, kw := splitArgs(args, kwnames)
	var key, def Object
	for i, k := range kwnames {
		switch k {
		case "key":
			if kw[i] != None {
				key = kw[i]
			}
		case "default":
			def = kw[i]
		default:
			return nil, Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", name, k)
		}
	}
	if len(pos) == 0 {
		return nil, Errorf(TypeError, "%s expected at least 1 argument, got 0", name)
	}
	var items []Object
	if len(pos) == 1 {
		var err error
		items, err = ToSlice(t, pos[0])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if def != nil {
				return def, nil
			}
			return nil, Errorf(ValueError, "%s() arg is an empty sequence", name)
		}
	} else {
		if def != nil {
			return nil, Errorf(TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = pos
	}
	best := items[0]
	bestKey := best
	if key != nil {
		k, err := t.Call(key, []Object{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, it := range items[1:] {
		k := it
		if key != nil {
			var err error
			k, err = t.Call(key, []Object{it}, nil)
			if err != nil {
				return nil, err
			}
		}
		r, err := RichCompare(t, k, bestKey, op)
		if err != nil {
			return nil, err
		}
		b, err := Truthy(t, r)
		if err != nil {
			return nil, err
		}
		if b {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func builtin_sum(t *Thread, args []Object, kwnames []string) (Object, error) {
	vals, err := parseArgs("sum", args, kwnames, []string{"iterable", "start"}, 1)
	if err != nil {
		return nil, err
	}
	if len(args)-len(kwnames) > 2 {
		return nil, Errorf(TypeError, "sum() takes at most 2 arguments (%d given)", len(args))
	}
	var acc Object = MakeInt(0)
	if vals[1] != nil {
		acc = vals[1]
		switch acc.(type) {
		case *Str:
			return nil, Errorf(TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
		case *Bytes:
			return nil, Errorf(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
		}
	}
	// While acc and the items are Ints the sum is kept unboxed in iacc
	// (acc is then stale).
	iacc, unboxed := int64(0), false
	if x, ok := acc.(Int); ok {
		iacc, unboxed = int64(x), true
	}
	err = Iterate(t, vals[0], func(v Object) (bool, error) {
		if unboxed {
			if y, ok := v.(Int); ok {
				r := iacc + int64(y)
				if (r > iacc) == (y > 0) {
					iacc = r
					return true, nil
				}
			}
			acc, unboxed = MakeInt(iacc), false
		}
		r, err := BinaryOp(t, acc, v, 0, false)
		if err != nil {
			return false, err
		}
		acc = r
		return true, nil
	})
	if err != nil {
		return nil, err
	}
	if unboxed {
		return MakeInt(iacc), nil
	}
	return acc, nil
}

func builtin_sorted(t *Thread, args []Object, kwnames []string) (Object, error) {
	pos, kw := splitArgs(args, kwnames)
	if len(pos) != 1 {
		return nil, Errorf(TypeError, "sorted expected 1 argument, got %d", len(pos))
	}
	var key Object
	reverse := false
	for i, k := range kwnames {
		switch k {
		case "key":
			if kw[i] != None {
				key = kw[i]
			}
		case "reverse":
			b, err := Truthy(t, kw[i])
			if err != nil {
				return nil, err
			}
			reverse = b
		default:
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for sort()", k)
		}
	}
	items, err := ToSlice(t, pos[0])
	if err != nil {
		return nil, err
	}
	l := NewList(items)
	if err := SortList(t, l, key, reverse); err != nil {
		return nil, err
	}
	return l, nil
}

func builtin_iter(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := rangeArgs("iter", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 2 {
		if !isCallable(args[0]) {
			return nil, Errorf(TypeError, "iter(v, w): v must be callable")
		}
		return NewCallableIterator(args[0], args[1]), nil
	}
	return GetIter(t, args[0])
}

func builtin_next(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := rangeArgs("next", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	it := args[0]
	nextf := it.Type().Next
	if nextf == nil {
		return nil, Errorf(TypeError, "'%s' object is not an iterator", TypeName(it))
	}
	v, err := nextf(t, it)
	if err != nil {
		if e, ok := err.(*Exception); ok && isSubtype(e.Class, StopIteration) && len(args) == 2 {
			return args[1], nil
		}
		return nil, err
	}
	if v == nil {
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, NewException(StopIteration)
	}
	return v, nil
}

func builtin_any(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("any", args, kwnames, 1); err != nil {
		return nil, err
	}
	found := false
	err := Iterate(t, args[0], func(v Object) (bool, error) {
		b, err := Truthy(t, v)
		if err != nil {
			return false, err
		}
		if b {
			found = true
			return false, nil
		}
		return true, nil
	})
	return MakeBool(found), err
}

func builtin_all(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("all", args, kwnames, 1); err != nil {
		return nil, err
	}
	all := true
	err := Iterate(t, args[0], func(v Object) (bool, error) {
		b, err := Truthy(t, v)
		if err != nil {
			return false, err
		}
		if !b {
			all = false
			return false, nil
		}
		return true, nil
	})
	return MakeBool(all), err
}

func builtin_round(t *Thread, args []Object, kwnames []string) (Object, error) {
	vals, err := parseArgs("round", args, kwnames, []string{"number", "ndigits"}, 1)
	if err != nil {
		return nil, err
	}
	m := lookupType(vals[0].Type(), "__round__")
	if m == nil {
		return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(vals[0]))
	}
	var rargs []Object
	if vals[1] != nil && vals[1] != None {
		rargs = []Object{vals[1]}
	}
	return callBoundDescr(t, m, vals[0], vals[0].Type(), rargs)
}

func builtin_divmod(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := noKw("divmod", kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, Errorf(TypeError, "divmod expected 2 arguments, got %d", len(args))
	}
	return Divmod(t, args[0], args[1])
}

func builtin_pow(t *Thread, args []Object, kwnames []string) (Object, error) {
	vals, err := parseArgs("pow", args, kwnames, []string{"base", "exp", "mod"}, 2)
	if err != nil {
		return nil, err
	}
	if vals[2] != nil && vals[2] != None {
		return Pow3(t, vals[0], vals[1], vals[2])
	}
	return BinaryOp(t, vals[0], vals[1], 6, false)
}

func builtin_chr(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("chr", args, kwnames, 1); err != nil {
		return nil, err
	}
	iv, err := Index(t, args[0])
	if err != nil {
		if _, ok := args[0].(Float); ok {
			return nil, Errorf(TypeError, "'float' object cannot be interpreted as an integer")
		}
		return nil, err
	}
	n, ok := iv.(Int)
	if !ok {
		return nil, Errorf(OverflowError, "Python int too large to convert to C int")
	}
	if n < 0 || n > 0x10ffff {
		return nil, Errorf(ValueError, "chr() arg not in range(0x110000)")
	}
	return NewStr(string(rune(n))), nil
}

func builtin_ord(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("ord", args, kwnames, 1); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case *Str:
		rs := []rune(v.S)
		if len(rs) != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(rs))
		}
		return MakeInt(int64(rs[0])), nil
	case *Bytes:
		if len(v.B) != 1 {
			return nil, Errorf(TypeError, "ord() expected a character, but string of length %d found", len(v.B))
		}
		return MakeInt(int64(v.B[0])), nil
	}
	return nil, Errorf(TypeError, "ord() expected string of length 1, but %s found", TypeName(args[0]))
}

func intToBase(t *Thread, name string, args []Object, kwnames []string, base int, prefix string) (Object, error) {
	if err := exactArgs(name, args, kwnames, 1); err != nil {
		return nil, err
	}
	iv, err := Index(t, args[0])
	if err != nil {
		return nil, err
	}
	var b big.Int
	switch x := iv.(type) {
	case Int:
		b.SetInt64(int64(x))
	case *BigInt:
		b.Set(&x.V)
	}
	s := b.Text(base)
	if strings.HasPrefix(s, "-") {
		return NewStr("-" + prefix + s[1:]), nil
	}
	return NewStr(prefix + s), nil
}

func builtin_format(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := rangeArgs("format", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	spec := ""
	if len(args) == 2 {
		s, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "format() argument 2 must be str, not %s", TypeName(args[1]))
		}
		spec = s.S
	}
	return FormatValue(t, args[0], spec)
}

func isCallable(o Object) bool {
	switch o.(type) {
	case *Function, *Builtin, *Method, *Type:
		return true
	}
	return o.Type().Call != nil
}

func builtin_callable(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("callable", args, kwnames, 1); err != nil {
		return nil, err
	}
	return MakeBool(isCallable(args[0])), nil
}

func builtin_globals(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("globals", args, kwnames, 0); err != nil {
		return nil, err
	}
	if t.frame == nil {
		return NewDict(), nil
	}
	return t.frame.Globals, nil
}

func builtin_locals(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("locals", args, kwnames, 0); err != nil {
		return nil, err
	}
	if t.frame == nil {
		return NewDict(), nil
	}
	return t.frame.LocalsDict(), nil
}

func builtin_vars(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := rangeArgs("vars", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return builtin_locals(t, nil, nil)
	}
	v, err := GetAttrOpt(t, args[0], "__dict__")
	if err != nil {
		return nil, err
	}
	if v == nil {
		return nil, Errorf(TypeError, "vars() argument must have __dict__ attribute")
	}
	return v, nil
}

func builtin_dir(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := rangeArgs("dir", args, kwnames, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		d, _ := builtin_locals(t, nil, nil)
		keys := d.(*Dict).Keys()
		names := make([]string, 0, len(keys))
		for _, k := range keys {
			if s, ok := k.(*Str); ok {
				names = append(names, s.S)
			}
		}
		sort.Strings(names)
		items := make([]Object, len(names))
		for i, n := range names {
			items[i] = NewStr(n)
		}
		return NewList(items), nil
	}
	o := args[0]
	if m := lookupType(o.Type(), "__dir__"); m != nil {
		if b, ok := m.(*Builtin); !ok || (b.Owner != ObjectType && b.Owner != TypeType) {
			r, err := callBoundDescr(t, m, o, o.Type(), nil)
			if err != nil {
				return nil, err
			}
			items, err := ToSlice(t, r)
			if err != nil {
				return nil, err
			}
			l := NewList(items)
			if err := SortList(t, l, nil, false); err != nil {
				return nil, err
			}
			return l, nil
		}
	}
	return dirOf(t, o)
}

func sortStringsLib(s []string) { sort.Strings(s) }

func builtin_import(t *Thread, args []Object, kwnames []string) (Object, error) {
	vals, err := parseArgs("__import__", args, kwnames, []string{"name", "globals", "locals", "fromlist", "level"}, 1)
	if err != nil {
		return nil, err
	}
	name, ok := vals[0].(*Str)
	if !ok {
		return nil, Errorf(TypeError, "__import__() argument 1 must be str, not %s", TypeName(vals[0]))
	}
	var fromlist Object = None
	if vals[3] != nil {
		fromlist = vals[3]
	}
	var level Object = MakeInt(0)
	if vals[4] != nil {
		level = vals[4]
	}
	f := t.frame
	if g, ok := vals[1].(*Dict); ok {
		f = &Frame{Globals: g}
	}
	return t.importName(f, name.S, fromlist, level)
}

// execArgs resolves the source/code and namespaces of exec/eval.
func execArgs(t *Thread, name string, args []Object, kwnames []string, mode string) (*Code, *Dict, *Dict, error) {
	vals, err := parseArgs(name, args, kwnames, []string{"source", "globals", "locals"}, 1)
	if err != nil {
		return nil, nil, nil, err
	}
	var globals, locals *Dict
	if vals[1] != nil && vals[1] != None {
		g, ok := vals[1].(*Dict)
		if !ok {
			return nil, nil, nil, Errorf(TypeError, "%s() globals must be a dict, not %s", name, TypeName(vals[1]))
		}
		globals = g
	}
	if vals[2] != nil && vals[2] != None {
		l, ok := vals[2].(*Dict)
		if !ok {
			return nil, nil, nil, Errorf(TypeError, "locals must be a mapping")
		}
		locals = l
	}
	if globals == nil {
		if f := t.frame; f != nil {
			globals = f.Globals
			if locals == nil {
				locals = f.LocalsDict()
			}
		} else {
			globals = t.Interp.NewModuleDict("__main__", "")
		}
	}
	if locals == nil {
		locals = globals
	}
	var code *Code
	switch s := vals[0].(type) {
	case *Code:
		code = s
	case *Str:
		src := s.S
		if mode == "eval" {
			src = strings.TrimLeft(src, " \t")
		}
		c, err := t.Interp.Compile("<string>", []byte(src), mode)
		if err != nil {
			return nil, nil, nil, compileErrorException(err)
		}
		code = c
	case *Bytes:
		c, err := t.Interp.Compile("<string>", s.B, mode)
		if err != nil {
			return nil, nil, nil, compileErrorException(err)
		}
		code = c
	default:
		if mode == "eval" {
			return nil, nil, nil, Errorf(TypeError, "eval() arg 1 must be a string, bytes or code object")
		}
		return nil, nil, nil, Errorf(TypeError, "exec() arg 1 must be a string, bytes or code object")
	}
	return code, globals, locals, nil
}

func builtin_exec(t *Thread, args []Object, kwnames []string) (Object, error) {
	code, g, l, err := execArgs(t, "exec", args, kwnames, "exec")
	if err != nil {
		return nil, err
	}
	if _, err := t.RunCode(code, g, l); err != nil {
		return nil, err
	}
	return None, nil
}

func builtin_eval(t *Thread, args []Object, kwnames []string) (Object, error) {
	code, g, l, err := execArgs(t, "eval", args, kwnames, "eval")
	if err != nil {
		return nil, err
	}
	return t.RunCode(code, g, l)
}

func builtin_compile(t *Thread, args []Object, kwnames []string) (Object, error) {
	vals, err := parseArgs("compile", args, kwnames, []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"}, 3)
	if err != nil {
		return nil, err
	}
	fn, err := StrOf(t, vals[1])
	if err != nil {
		return nil, err
	}
	mode, _ := vals[2].(*Str)
	if mode == nil || (mode.S != "exec" && mode.S != "eval" && mode.S != "single") {
		return nil, Errorf(ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	var src []byte
	switch s := vals[0].(type) {
	case *Str:
		src = []byte(s.S)
	case *Bytes:
		src = s.B
	default:
		return nil, Errorf(TypeError, "compile() arg 1 must be a string, bytes or AST object")
	}
	c, err := t.Interp.Compile(fn, src, mode.S)
	if err != nil {
		return nil, compileErrorException(err)
	}
	return c, nil
}

func builtin_aiter(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := exactArgs("aiter", args, kwnames, 1); err != nil {
		return nil, err
	}
	return getAIter(t, args[0])
}

func builtin_anext(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := rangeArgs("anext", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	m := lookupType(args[0].Type(), "__anext__")
	if m == nil {
		return nil, Errorf(TypeError, "'%s' object is not an async iterator", TypeName(args[0]))
	}
	return callBoundDescr(t, m, args[0], args[0].Type(), nil)
}

// printExpr implements PRINT_EXPR (interactive mode).
func (t *Thread) printExpr(v Object) error {
	if v == None {
		return nil
	}
	t.Interp.Builtins.Dict.SetStr("_", None)
	r, err := Repr(t, v)
	if err != nil {
		return err
	}
	if err := writeTo(t, t.sysStream("stdout"), r+"\n"); err != nil {
		return err
	}
	t.Interp.Builtins.Dict.SetStr("_", v)
	return nil
}

// buildSet implements BUILD_SET.
func buildSet(t *Thread, items []Object) (Object, error) {
	s := NewSet()
	for _, v := range items {
		if err := s.Add(t, v); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// setAdd adds v to the set s (SET_ADD, SET_UPDATE).
func setAdd(t *Thread, s Object, v Object) error {
	set, ok := s.(*Set)
	if !ok {
		return Errorf(SystemError, "SET_ADD on a non-set")
	}
	return set.Add(t, v)
}

var _ = fmt.Sprint
