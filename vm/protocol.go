package vm

// This file defines the object protocols: the functions the dispatch loop,
// the builtins and every builtin type use to operate on arbitrary values.
// They dispatch through Type slots and raise CPython's TypeErrors when a
// slot is missing.

// Repr returns repr(o) as a Go string.
func Repr(t *Thread, o Object) (string, error) { panic("TODO(core)") }

// StrOf returns str(o) as a Go string.
func StrOf(t *Thread, o Object) (string, error) { panic("TODO(core)") }

// Hash returns hash(o); TypeError "unhashable type: 'list'" when o has no Hash slot.
func Hash(t *Thread, o Object) (int64, error) { panic("TODO(core)") }

// Equal reports a == b (with identity shortcut, as CPython's containers do).
func Equal(t *Thread, a, b Object) (bool, error) { panic("TODO(core)") }

// RichCompare returns the result of `a op b`, trying the reflected
// operation and the default identity comparison for == and != like CPython.
func RichCompare(t *Thread, a, b Object, op CompareOp) (Object, error) { panic("TODO(core)") }

// Truthy returns bool(o).
func Truthy(t *Thread, o Object) (bool, error) { panic("TODO(core)") }

// GetIter returns iter(o).
func GetIter(t *Thread, o Object) (Object, error) { panic("TODO(core)") }

// Next advances an iterator: it returns (nil, nil) when the iterator is
// exhausted (StopIteration is swallowed).
func Next(t *Thread, it Object) (Object, error) { panic("TODO(core)") }

// Iterate calls fn for each item of iterable o, stopping early (without
// error) when fn returns false.
func Iterate(t *Thread, o Object, fn func(item Object) (bool, error)) error { panic("TODO(core)") }

// Len returns len(o).
func Len(t *Thread, o Object) (int, error) { panic("TODO(core)") }

// GetItem returns o[key].
func GetItem(t *Thread, o, key Object) (Object, error) { panic("TODO(core)") }

// SetItem performs o[key] = v.
func SetItem(t *Thread, o, key, v Object) error { panic("TODO(core)") }

// DelItem performs del o[key].
func DelItem(t *Thread, o, key Object) error { panic("TODO(core)") }

// Contains returns `v in o`.
func Contains(t *Thread, o, v Object) (bool, error) { panic("TODO(core)") }

// BinaryOp returns `a op b` (op is a parser.Operator), or the in-place form.
func BinaryOp(t *Thread, a, b Object, op int, inplace bool) (Object, error) { panic("TODO(core)") }

// GetAttr returns o.name.
func GetAttr(t *Thread, o Object, name string) (Object, error) { panic("TODO(core)") }

// SetAttr performs o.name = v (v == nil deletes).
func SetAttr(t *Thread, o Object, name string, v Object) error { panic("TODO(core)") }

// Call calls fn with positional args followed by keyword values named by kwnames.
func (t *Thread) Call(fn Object, args []Object, kwnames []string) (Object, error) {
	panic("TODO(core)")
}

// TypeName returns the name of o's class, as used in error messages.
func TypeName(o Object) string { return o.Type().Name }
