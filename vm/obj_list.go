package vm

// This file defines list: the List type, its methods, and its slots.

// List is a pyco list.
type List struct {
	Items []Object
}

// NewList returns a list holding items (not copied).
func NewList(items []Object) *List { return &List{Items: items} }

// Type returns list.
func (l *List) Type() *Type { return ListType }
