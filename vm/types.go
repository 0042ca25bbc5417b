package vm

// This file declares the *Type of every builtin type, so that every file of
// the package can refer to them. Each type's slots and methods are filled in
// by the init function of the file that implements it (obj_*.go).

// The builtin types.
var (
	TypeType               = &Type{Name: "type", Module: "builtins", IsBuiltin: true}
	ObjectType             = &Type{Name: "object", Module: "builtins", IsBuiltin: true}
	NoneTypeType           = &Type{Name: "NoneType", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	NotImplementedTypeType = &Type{Name: "NotImplementedType", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	EllipsisTypeType       = &Type{Name: "ellipsis", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	BoolType               = &Type{Name: "bool", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	IntType                = &Type{Name: "int", Module: "builtins", IsBuiltin: true}
	FloatType              = &Type{Name: "float", Module: "builtins", IsBuiltin: true}
	StrType                = &Type{Name: "str", Module: "builtins", IsBuiltin: true}
	BytesType              = &Type{Name: "bytes", Module: "builtins", IsBuiltin: true}
	ListType               = &Type{Name: "list", Module: "builtins", IsBuiltin: true}
	TupleType              = &Type{Name: "tuple", Module: "builtins", IsBuiltin: true}
	DictType               = &Type{Name: "dict", Module: "builtins", IsBuiltin: true}
	SetType                = &Type{Name: "set", Module: "builtins", IsBuiltin: true}
	FrozenSetType          = &Type{Name: "frozenset", Module: "builtins", IsBuiltin: true}
	RangeType              = &Type{Name: "range", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	SliceType              = &Type{Name: "slice", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	FunctionType           = &Type{Name: "function", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	BuiltinType            = &Type{Name: "builtin_function_or_method", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	MethodType             = &Type{Name: "method", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	ModuleType             = &Type{Name: "module", Module: "builtins", IsBuiltin: true}
	CellType               = &Type{Name: "cell", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	CodeType               = &Type{Name: "code", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	GeneratorType          = &Type{Name: "generator", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	PropertyType           = &Type{Name: "property", Module: "builtins", IsBuiltin: true}
	ClassMethodType        = &Type{Name: "classmethod", Module: "builtins", IsBuiltin: true}
	StaticMethodType       = &Type{Name: "staticmethod", Module: "builtins", IsBuiltin: true}
	SuperType              = &Type{Name: "super", Module: "builtins", IsBuiltin: true}
	TracebackType          = &Type{Name: "traceback", Module: "builtins", IsBuiltin: true, NoSubclass: true}
)

// Type returns NoneType.
func (*NoneType) Type() *Type { return NoneTypeType }

// Type returns NotImplementedType.
func (*NotImplementedType) Type() *Type { return NotImplementedTypeType }

// Type returns ellipsis.
func (*EllipsisType) Type() *Type { return EllipsisTypeType }

// Type returns bool.
func (Bool) Type() *Type { return BoolType }

// Type returns int.
func (Int) Type() *Type { return IntType }

// Type returns int.
func (*BigInt) Type() *Type { return IntType }

// Type returns float.
func (Float) Type() *Type { return FloatType }

// Type returns the class's metaclass: type, unless the class has another.
func (t *Type) Type() *Type {
	if t.Meta != nil {
		return t.Meta
	}
	return TypeType
}

// AddMethod stores a builtin method named name in typ's namespace. A
// *Builtin found in a type's Dict is a method descriptor: looking it up on
// an instance binds it (Self = the instance, passed as args[0]).
func (typ *Type) AddMethod(name string, fn BuiltinFunc) {
	if typ.Dict == nil {
		typ.Dict = NewDict()
	}
	typ.Dict.SetStr(name, &Builtin{Name: name, Fn: fn})
}

// builtinTypes lists every builtin type so the interpreter can finish them
// (MRO, slot wrappers such as int.__add__) once, before running code.
// Files that define further builtin types append to it in their init.
var builtinTypes = []*Type{
	TypeType, ObjectType, NoneTypeType, NotImplementedTypeType, EllipsisTypeType,
	BoolType, IntType, FloatType, StrType, BytesType, ListType, TupleType, DictType,
	SetType, FrozenSetType, RangeType, SliceType, FunctionType, BuiltinType, MethodType,
	ModuleType, CellType, CodeType, GeneratorType, PropertyType, ClassMethodType,
	StaticMethodType, SuperType, TracebackType,
}
