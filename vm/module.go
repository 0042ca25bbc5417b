package vm

// This file defines Module objects and the registry through which the
// standard library makes modules importable.

// A Module is a pyco module: a namespace with a name.
type Module struct {
	Name string
	Dict *Dict  // the module's globals
	File string // source path; or "" for native modules
}

// Type returns module.
func (m *Module) Type() *Type { return ModuleType }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module { panic("TODO(core)") }

// ModuleInit fills a freshly created native module (set its attributes with
// m.Dict.SetStr). It runs on the first import in each interpreter.
type ModuleInit func(t *Thread, m *Module) error

// RegisterModule makes a module implemented in Go importable under name.
// Call it from an init function (the stdlib packages do).
func RegisterModule(name string, init ModuleInit) { panic("TODO(core)") }

// RegisterSourceModule makes a module written in Python, whose source is
// embedded in the pyco binary, importable under name. filename is what
// tracebacks show (e.g. "<frozen collections>").
func RegisterSourceModule(name, filename string, src []byte) { panic("TODO(core)") }
