package vm

// This file defines the callable objects: pyco functions, builtin (Go)
// functions and methods, and bound methods.

// Builtin is a function implemented in Go. When Self is non-nil it is a
// bound builtin method and Self is passed as args[0].
type Builtin struct {
	Name string
	Fn   BuiltinFunc
	Self Object // or nil
	Doc  string
}

// NewBuiltin returns a builtin function.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// Type returns builtin_function_or_method.
func (b *Builtin) Type() *Type { return BuiltinType }
