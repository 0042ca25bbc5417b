package vm

// This file defines the callable objects: pyco functions, builtin (Go)
// functions and methods, bound methods, and cells.

import (
	"fmt"

	"pyco/compiler"
)

// Builtin is a function implemented in Go. When Self is non-nil it is a
// bound builtin method and Self is passed as args[0].
type Builtin struct {
	Name string
	Fn   BuiltinFunc
	Self Object // or nil
	Doc  string
	// Owner is the type whose Dict holds the method (for repr and
	// error messages); or nil for a plain function.
	Owner *Type
	// Module is the module name a builtin function belongs to; or "".
	Module string
}

// NewBuiltin returns a builtin function.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// Type returns builtin_function_or_method.
func (b *Builtin) Type() *Type { return BuiltinType }

// A Function is a pyco function: code plus the environment it was defined in.
type Function struct {
	Code        *Code
	Globals     *Dict
	Builtins    *Dict
	Name        string
	QualName    string
	Defaults    []Object // positional defaults (the last len(Defaults) parameters); or nil
	KwDefaults  *Dict    // keyword-only defaults; or nil
	Closure     []Object // the *Cell of each free variable; or nil
	Doc         Object   // __doc__; or nil for None
	Module      Object   // __module__; or nil for None
	Dict        *Dict    // function attributes; or nil
	Annotations Object   // or nil
	// gnames holds Name and QualName for the generators the function
	// makes (genNamesOf); or nil.
	gnames *genNames
}

// Type returns function.
func (f *Function) Type() *Type { return FunctionType }

// A Method is a bound method: a function (or any callable) with its first
// argument bound.
type Method struct {
	Func Object
	Self Object
}

// Type returns method.
func (m *Method) Type() *Type { return MethodType }

// A Cell holds a variable captured by a closure. V is nil while unbound.
type Cell struct {
	V Object
}

// Type returns cell.
func (c *Cell) Type() *Type { return CellType }

// FrameType is the type of frame objects (sys._getframe, tb_frame).
var FrameType = &Type{Name: "frame", Module: "builtins", IsBuiltin: true, NoSubclass: true}

func init() {
	builtinTypes = append(builtinTypes, FrameType)

	FunctionType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		if inst == nil {
			return descr, nil
		}
		return &Method{Func: descr, Self: inst}, nil
	}
	FunctionType.Call = func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error) {
		return t.callFunction(callee.(*Function), args, kwnames)
	}
	FunctionType.Repr = func(t *Thread, o Object) (Object, error) {
		f := o.(*Function)
		return NewStr(fmt.Sprintf("<function %s at %#x>", f.QualName, objectID(f))), nil
	}
	FunctionType.Hash = identityHash
	FunctionType.GetAttr = functionGetAttr
	FunctionType.SetAttr = functionSetAttr

	BuiltinType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		b := descr.(*Builtin)
		if inst == nil || b.Self != nil {
			return descr, nil
		}
		return &Builtin{Name: b.Name, Fn: b.Fn, Self: inst, Doc: b.Doc, Owner: b.Owner}, nil
	}
	BuiltinType.Call = func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error) {
		return t.callBuiltin(callee.(*Builtin), args, kwnames)
	}
	BuiltinType.Repr = func(t *Thread, o Object) (Object, error) {
		b := o.(*Builtin)
		if b.Self != nil {
			if _, isMod := b.Self.(*Module); !isMod {
				return NewStr(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, TypeName(b.Self), objectID(b.Self))), nil
			}
		}
		if b.Owner != nil {
			return NewStr(fmt.Sprintf("<method '%s' of '%s' objects>", b.Name, b.Owner.Name)), nil
		}
		return NewStr(fmt.Sprintf("<built-in function %s>", b.Name)), nil
	}
	BuiltinType.Hash = identityHash
	BuiltinType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		b := o.(*Builtin)
		switch name {
		case "__name__":
			return NewStr(b.Name), nil
		case "__qualname__":
			if b.Owner != nil {
				return NewStr(b.Owner.Name + "." + b.Name), nil
			}
			return NewStr(b.Name), nil
		case "__doc__":
			if b.Doc == "" {
				return None, nil
			}
			return NewStr(b.Doc), nil
		case "__self__":
			if b.Self == nil {
				return None, nil
			}
			return b.Self, nil
		case "__module__":
			if b.Module == "" {
				return None, nil
			}
			return NewStr(b.Module), nil
		}
		return genericGetAttr(t, o, name)
	}

	MethodType.Call = func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error) {
		m := callee.(*Method)
		return t.callWithSelf(m.Func, m.Self, args, kwnames)
	}
	MethodType.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*Method)
		r, err := Repr(t, m.Self)
		if err != nil {
			return nil, err
		}
		name := "?"
		if v, err := GetAttr(t, m.Func, "__qualname__"); err == nil {
			if s, ok := v.(*Str); ok {
				name = s.S
			}
		}
		return NewStr(fmt.Sprintf("<bound method %s of %s>", name, r)), nil
	}
	MethodType.RichCompare = func(t *Thread, a, b Object, op CompareOp) (Object, error) {
		x, ok1 := a.(*Method)
		y, ok2 := b.(*Method)
		if !ok1 || !ok2 || (op != OpEq && op != OpNe) {
			return NotImplemented, nil
		}
		eq := x.Func == y.Func && x.Self == y.Self
		return MakeBool(eq == (op == OpEq)), nil
	}
	MethodType.Hash = func(t *Thread, o Object) (int64, error) {
		m := o.(*Method)
		return int64(objectID(m.Func) ^ objectID(m.Self)), nil
	}
	MethodType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		m := o.(*Method)
		switch name {
		case "__self__":
			return m.Self, nil
		case "__func__":
			return m.Func, nil
		}
		if v, err := genericGetAttr(t, o, name); err == nil {
			return v, nil
		}
		return GetAttr(t, m.Func, name)
	}

	CellType.Repr = func(t *Thread, o Object) (Object, error) {
		c := o.(*Cell)
		if c.V == nil {
			return NewStr(fmt.Sprintf("<cell at %#x: empty>", objectID(c))), nil
		}
		return NewStr(fmt.Sprintf("<cell at %#x: %s object at %#x>", objectID(c), TypeName(c.V), objectID(c.V))), nil
	}
	CellType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		c := o.(*Cell)
		if name == "cell_contents" {
			if c.V == nil {
				return nil, Errorf(ValueError, "Cell is empty")
			}
			return c.V, nil
		}
		return genericGetAttr(t, o, name)
	}

	CodeType.Repr = func(t *Thread, o Object) (Object, error) {
		c := o.(*Code)
		return NewStr(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", c.C.Name, objectID(c), c.C.Filename, c.C.FirstLine)), nil
	}
	CodeType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		c := o.(*Code).C
		switch name {
		case "co_name":
			return NewStr(c.Name), nil
		case "co_qualname":
			return NewStr(c.QualName), nil
		case "co_filename":
			return NewStr(c.Filename), nil
		case "co_firstlineno":
			return MakeInt(int64(c.FirstLine)), nil
		case "co_argcount":
			return MakeInt(int64(c.ArgCount)), nil
		case "co_posonlyargcount":
			return MakeInt(int64(c.PosOnlyArgCount)), nil
		case "co_kwonlyargcount":
			return MakeInt(int64(c.KwOnlyArgCount)), nil
		case "co_flags":
			return MakeInt(int64(c.Flags)), nil
		case "co_varnames":
			return strTuple(c.VarNames), nil
		case "co_cellvars":
			return strTuple(c.CellVars), nil
		case "co_freevars":
			return strTuple(c.FreeVars), nil
		case "co_names":
			return strTuple(c.Names), nil
		case "co_nlocals":
			return MakeInt(int64(len(c.VarNames))), nil
		case "co_consts":
			return NewTuple(append([]Object(nil), o.(*Code).Consts...)), nil
		}
		return genericGetAttr(t, o, name)
	}

	FrameType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		f := o.(*Frame)
		switch name {
		case "f_back":
			if f.back == nil {
				return None, nil
			}
			f.back.escaped = true
			return f.back, nil
		case "f_code":
			return f.Code, nil
		case "f_lineno":
			return MakeInt(int64(f.Line())), nil
		case "f_globals":
			return f.Globals, nil
		case "f_locals":
			return f.LocalsDict(), nil
		case "f_builtins":
			return f.Builtins, nil
		}
		return genericGetAttr(t, o, name)
	}
	FrameType.Repr = func(t *Thread, o Object) (Object, error) {
		f := o.(*Frame)
		return NewStr(fmt.Sprintf("<frame at %#x, file '%s', line %d, code %s>", objectID(f), f.Code.C.Filename, f.Line(), f.Code.C.Name)), nil
	}
}

func strTuple(ss []string) *Tuple {
	items := make([]Object, len(ss))
	for i, s := range ss {
		items[i] = NewStr(s)
	}
	return NewTuple(items)
}

// NewFunction returns a function running code in globals.
func NewFunction(t *Thread, code *Code, globals *Dict) *Function {
	fn := &Function{Code: code, Globals: globals, Name: code.C.Name, QualName: code.C.QualName}
	fn.Builtins = t.Interp.Builtins.Dict
	if globals != nil {
		if b, ok := globals.GetStr("__builtins__"); ok {
			switch b := b.(type) {
			case *Dict:
				fn.Builtins = b
			case *Module:
				fn.Builtins = b.Dict
			}
		}
		if m, ok := globals.GetStr("__name__"); ok {
			fn.Module = m
		}
	}
	if len(code.Consts) > 0 && code.C.Flags&compiler.FlagOptimized != 0 {
		// Function code objects have Consts[0] = the docstring or None.
		if s, ok := code.Consts[0].(*Str); ok {
			fn.Doc = s
		}
	}
	return fn
}

func functionGetAttr(t *Thread, o Object, name string) (Object, error) {
	f := o.(*Function)
	switch name {
	case "__name__":
		return NewStr(f.Name), nil
	case "__qualname__":
		return NewStr(f.QualName), nil
	case "__doc__":
		if f.Doc == nil {
			return None, nil
		}
		return f.Doc, nil
	case "__module__":
		if f.Module == nil {
			return None, nil
		}
		return f.Module, nil
	case "__defaults__":
		if f.Defaults == nil {
			return None, nil
		}
		return NewTuple(append([]Object(nil), f.Defaults...)), nil
	case "__kwdefaults__":
		if f.KwDefaults == nil {
			return None, nil
		}
		return f.KwDefaults, nil
	case "__code__":
		return f.Code, nil
	case "__globals__":
		return f.Globals, nil
	case "__closure__":
		if f.Closure == nil {
			return None, nil
		}
		return NewTuple(append([]Object(nil), f.Closure...)), nil
	case "__dict__":
		if f.Dict == nil {
			f.Dict = NewDict()
		}
		return f.Dict, nil
	case "__annotations__":
		if f.Annotations == nil {
			f.Annotations = NewDict()
		}
		return f.Annotations, nil
	}
	if f.Dict != nil {
		if v, ok := f.Dict.GetStr(name); ok {
			return v, nil
		}
	}
	return genericGetAttr(t, o, name)
}

func functionSetAttr(t *Thread, o Object, name string, v Object) error {
	f := o.(*Function)
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "%s must be set to a string object", name)
		}
		if name == "__name__" {
			f.Name = s.S
		} else {
			f.QualName = s.S
		}
		return nil
	case "__doc__":
		f.Doc = v
		return nil
	case "__module__":
		f.Module = v
		return nil
	case "__defaults__":
		if v == nil || v == None {
			f.Defaults = nil
			return nil
		}
		tu, ok := v.(*Tuple)
		if !ok {
			return Errorf(TypeError, "__defaults__ must be set to a tuple object")
		}
		f.Defaults = append([]Object(nil), tu.Items...)
		return nil
	case "__kwdefaults__":
		if v == nil || v == None {
			f.KwDefaults = nil
			return nil
		}
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__kwdefaults__ must be set to a dict object")
		}
		f.KwDefaults = d
		return nil
	case "__annotations__":
		f.Annotations = v
		return nil
	case "__dict__":
		d, ok := v.(*Dict)
		if !ok {
			return Errorf(TypeError, "__dict__ must be set to a dictionary, not a '%s'", TypeName(v))
		}
		f.Dict = d
		return nil
	}
	if f.Dict == nil {
		f.Dict = NewDict()
	}
	if v == nil {
		if !f.Dict.DeleteStr(name) {
			return Errorf(AttributeError, "'function' object has no attribute '%s'", name)
		}
		return nil
	}
	f.Dict.SetStr(name, v)
	return nil
}
