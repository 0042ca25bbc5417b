package vm

// This file defines the value model shared by the whole VM: the Object
// interface, the *Type of every value with its slots, the Go signatures of
// builtin functions, and the small scalar types (None, bool, int, float).
//
// The contract in brief:
//   - Every pyco value is an Object; a Go nil is never a pyco value (it is
//     the NULL of the operand stack and "absent" in optional fields).
//   - Every Object knows its *Type. Builtin types implement behaviour in Go
//     through the slots of Type (Repr, Hash, RichCompare, ...); user classes
//     get slots that look up and call the matching dunder method, so the
//     protocol functions (protocol.go) only ever call slots.
//   - Errors are pyco exceptions: a Go function that fails returns a non-nil
//     error that is an *Exception (see exception.go). Natives never panic to
//     signal a Python exception.

import (
	"cmp"
	"math/big"
)

// Object is a pyco value.
type Object interface {
	// Type returns the value's class.
	Type() *Type
}

// BuiltinFunc is the Go signature of every native callable: args holds the
// positional arguments followed by the values of the keyword arguments,
// whose names are kwnames (so len(kwnames) <= len(args); kwnames is nil for
// a call without keywords). Natives must not retain args after returning.
type BuiltinFunc func(t *Thread, args []Object, kwnames []string) (Object, error)

// CompareOp selects a rich comparison; the values match parser.CmpOperator.
type CompareOp int

// The rich comparisons.
const (
	OpEq CompareOp = iota
	OpNe
	OpLt
	OpLe
	OpGt
	OpGe
)

// Type is a pyco class: builtin types are package-level *Type values built
// at init; user classes are created by __build_class__. A Type is itself an
// Object whose type is `type`.
//
// The slot fields are the fast path for builtin types and are filled for
// user classes from their dunder methods when the class is created (and
// inherited along the MRO). A nil slot means "not supported": the protocol
// functions then raise CPython's TypeError for the operation.
type Type struct {
	Name   string
	Module string // "builtins" for builtin types
	Doc    string
	Bases  []*Type
	MRO    []*Type // C3 linearisation, starting with the type itself
	Dict   *Dict   // the class namespace: methods, descriptors, class attributes
	Meta   *Type   // metaclass; nil means `type`
	Qual   string  // __qualname__; or "" when equal to Name

	subclasses []*Type // direct subclasses (user classes), for __subclasses__ and slot updates
	instHint   int     // attribute count of recent instances, to presize their dicts
	// plainInit reports a user class whose instances are made by
	// object.__new__ and initialised by a pyco __init__: the dispatch loop
	// then runs __init__ inline.
	plainInit bool
	// The __slots__ layout (obj_slots.go). slotted reports a class whose
	// instances are *SlotInstance with nslots values, dictSlot being one
	// more than the index of their __dict__ among them (0: no dict).
	// slotNames are the real slots of the layout (the bases' first, each
	// class's sorted), ownSlots those the class declares, in declaration
	// order; declSlots reports that it declares __slots__. noDict and
	// noWeakref report instances without __dict__ / __weakref__.
	slotted           bool
	declSlots         bool
	noDict, noWeakref bool
	nslots, dictSlot  int
	slotNames         []string
	ownSlots          []string

	// Flags.
	IsBuiltin  bool // defined in Go (attributes cannot be set on it)
	NoSubclass bool // `class X(bool)` is an error: "type 'bool' is not an acceptable base type"
	// InstDict reports that instances carry a __dict__ (user classes).
	InstDict bool

	// Construction. New creates an instance (`cls(...)` calls New then,
	// if the result is an instance of cls, Init).
	New  func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error)
	Init func(t *Thread, self Object, args []Object, kwnames []string) error

	// Conversion and identity.
	Repr func(t *Thread, o Object) (Object, error) // returns a *Str
	Str  func(t *Thread, o Object) (Object, error) // returns a *Str; nil means use Repr
	Hash func(t *Thread, o Object) (int64, error)  // nil for unhashable types
	Bool func(t *Thread, o Object) (bool, error)   // nil: use Len, else true

	// RichCompare returns NotImplemented when it does not handle the pair.
	RichCompare func(t *Thread, a, b Object, op CompareOp) (Object, error)

	// Numbers. BinaryOp handles `a op b` with op a parser.Operator, or the
	// in-place form when inplace is true; it returns NotImplemented when it
	// does not handle the operand types. RBinaryOp is the reflected form
	// (called on b's type for `a op b`).
	BinaryOp  func(t *Thread, a, b Object, op int, inplace bool) (Object, error)
	RBinaryOp func(t *Thread, a, b Object, op int) (Object, error)
	Neg       func(t *Thread, o Object) (Object, error)
	Pos       func(t *Thread, o Object) (Object, error)
	Invert    func(t *Thread, o Object) (Object, error)
	Abs       func(t *Thread, o Object) (Object, error)
	Index     func(t *Thread, o Object) (Object, error) // __index__: returns an Int or *BigInt
	Int       func(t *Thread, o Object) (Object, error) // __int__
	Float     func(t *Thread, o Object) (Object, error) // __float__

	// Containers.
	Len      func(t *Thread, o Object) (int, error)
	GetItem  func(t *Thread, o, key Object) (Object, error)
	SetItem  func(t *Thread, o, key, v Object) error
	DelItem  func(t *Thread, o, key Object) error
	Contains func(t *Thread, o, v Object) (bool, error) // nil: iterate and compare

	// Iteration. Next returns (nil, nil) when the iterator is exhausted
	// (StopIteration without a value); an error otherwise.
	Iter func(t *Thread, o Object) (Object, error)
	Next func(t *Thread, o Object) (Object, error)

	// Attributes. GetAttr replaces the generic lookup entirely (nil means
	// the generic object attribute protocol of attr.go); GetAttrFallback is
	// __getattr__, tried when the normal lookup raises AttributeError.
	GetAttr         func(t *Thread, o Object, name string) (Object, error)
	GetAttrFallback func(t *Thread, o Object, name string) (Object, error)
	SetAttr         func(t *Thread, o Object, name string, v Object) error // v == nil means delete

	// Descriptors: DescrGet is __get__ (inst is nil when looked up on the
	// class); DescrSet is __set__ / __delete__ (v == nil means delete).
	DescrGet func(t *Thread, descr, inst Object, owner *Type) (Object, error)
	DescrSet func(t *Thread, descr, inst, v Object) error

	// Call makes instances callable (__call__).
	Call BuiltinFunc2

	// Context managers are looked up by name (__enter__/__exit__), as in CPython.
}

// BuiltinFunc2 is the signature of the Call slot: like BuiltinFunc with the
// callee as an extra first argument.
type BuiltinFunc2 func(t *Thread, callee Object, args []Object, kwnames []string) (Object, error)

// --- Scalars ---

// NoneType is the type of None; None is its only value.
type NoneType struct{}

// None is the pyco None.
var None = &NoneType{}

// NotImplementedType is the type of NotImplemented.
type NotImplementedType struct{}

// NotImplemented is returned by binary and comparison slots that do not
// handle their operands.
var NotImplemented = &NotImplementedType{}

// EllipsisType is the type of `...`.
type EllipsisType struct{}

// Ellipsis is the pyco `...`.
var Ellipsis = &EllipsisType{}

// Bool is a pyco bool. bool is a subclass of int: every int slot must
// accept a Bool operand as 0 or 1.
type Bool bool

// True and False are the pyco booleans (as Objects).
var (
	True  Object = Bool(true)
	False Object = Bool(false)
)

// Int is a pyco int that fits in 64 bits. Arithmetic that overflows moves to
// *BigInt; a *BigInt result that fits in 64 bits is always normalised back
// to Int, so the two never represent the same number.
type Int int64

// BigInt is a pyco int outside the int64 range. V must not be mutated
// after the BigInt is shared.
type BigInt struct {
	V big.Int
}

// Float is a pyco float.
type Float float64

// MakeBool returns True or False.
func MakeBool(b bool) Object {
	if b {
		return True
	}
	return False
}

// compareOrdered returns the bool of `x op y` for values Go orders natively
// (ints, floats with IEEE NaN rules, strings by bytes = by code point).
func compareOrdered[T cmp.Ordered](x, y T, op CompareOp) Object {
	var r bool
	switch op {
	case OpEq:
		r = x == y
	case OpNe:
		r = x != y
	case OpLt:
		r = x < y
	case OpLe:
		r = x <= y
	case OpGt:
		r = x > y
	case OpGe:
		r = x >= y
	}
	return MakeBool(r)
}
