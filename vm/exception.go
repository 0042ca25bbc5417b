package vm

// This file defines *Exception, the Go representation of every pyco
// exception instance, and the builtin exception hierarchy.

import "fmt"

// An Exception is an instance of BaseException or of a subclass (builtin or
// user-defined). It implements Go's error so natives can return it.
type Exception struct {
	Class           *Type
	Dict            *Dict  // instance attributes; or nil
	Args            *Tuple // the constructor arguments
	Cause           Object // __cause__; or nil for None
	Context         Object // __context__; or nil for None
	SuppressContext bool
	// TODO(core): traceback and whatever else the VM needs.
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error renders the exception as `Type: message` for Go callers.
func (e *Exception) Error() string {
	return e.Class.Name // TODO(core): include str(e)
}

// The builtin exception types used across the VM (the full hierarchy lives
// in this file).
var (
	BaseException       = &Type{Name: "BaseException", Module: "builtins", IsBuiltin: true}
	Exception_          = &Type{Name: "Exception", Module: "builtins", IsBuiltin: true}
	TypeError           = &Type{Name: "TypeError", Module: "builtins", IsBuiltin: true}
	ValueError          = &Type{Name: "ValueError", Module: "builtins", IsBuiltin: true}
	IndexError          = &Type{Name: "IndexError", Module: "builtins", IsBuiltin: true}
	KeyError            = &Type{Name: "KeyError", Module: "builtins", IsBuiltin: true}
	AttributeError      = &Type{Name: "AttributeError", Module: "builtins", IsBuiltin: true}
	NameError           = &Type{Name: "NameError", Module: "builtins", IsBuiltin: true}
	ZeroDivisionError   = &Type{Name: "ZeroDivisionError", Module: "builtins", IsBuiltin: true}
	OverflowError       = &Type{Name: "OverflowError", Module: "builtins", IsBuiltin: true}
	StopIteration       = &Type{Name: "StopIteration", Module: "builtins", IsBuiltin: true}
	RuntimeError        = &Type{Name: "RuntimeError", Module: "builtins", IsBuiltin: true}
	NotImplementedError = &Type{Name: "NotImplementedError", Module: "builtins", IsBuiltin: true}
	UnicodeDecodeError  = &Type{Name: "UnicodeDecodeError", Module: "builtins", IsBuiltin: true}
	UnicodeEncodeError  = &Type{Name: "UnicodeEncodeError", Module: "builtins", IsBuiltin: true}
	MemoryError         = &Type{Name: "MemoryError", Module: "builtins", IsBuiltin: true}
	OSError             = &Type{Name: "OSError", Module: "builtins", IsBuiltin: true}
)

// Errorf returns a new exception of class cls whose single argument is the
// formatted message, e.g. Errorf(TypeError, "'%s' object is not iterable", name).
func Errorf(cls *Type, format string, args ...any) *Exception {
	return &Exception{Class: cls, Args: NewTuple([]Object{NewStr(fmt.Sprintf(format, args...))})}
}

// NewException returns a new exception of class cls with the given args.
func NewException(cls *Type, args ...Object) *Exception {
	return &Exception{Class: cls, Args: NewTuple(args)}
}
