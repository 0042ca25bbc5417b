package vm

// This file defines tuple: the Tuple type, its methods, and its slots.

// Tuple is a pyco tuple. Items must not be mutated once the tuple is shared.
type Tuple struct {
	Items []Object
}

// NewTuple returns a tuple holding items (not copied).
func NewTuple(items []Object) *Tuple { return &Tuple{Items: items} }

// Type returns tuple.
func (t *Tuple) Type() *Type { return TupleType }
