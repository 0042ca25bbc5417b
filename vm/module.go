package vm

// This file defines Module objects and the registry through which the
// standard library makes modules importable.

import "fmt"

// A Module is a pyco module: a namespace with a name.
type Module struct {
	Name string
	Dict *Dict  // the module's globals
	File string // source path; or "" for native modules
	// kind describes where the module came from, for its repr:
	// "built-in", "frozen" or "" (a file).
	kind string
}

// Type returns module.
func (m *Module) Type() *Type { return ModuleType }

// NewModule returns an empty module with __name__ set.
func NewModule(name string) *Module {
	d := NewDict()
	d.SetStr("__name__", NewStr(name))
	d.SetStr("__doc__", None)
	d.SetStr("__package__", None)
	return &Module{Name: name, Dict: d}
}

// ModuleInit fills a freshly created native module (set its attributes with
// m.Dict.SetStr). It runs on the first import in each interpreter.
type ModuleInit func(t *Thread, m *Module) error

type regEntry struct {
	native   ModuleInit
	src      []byte
	filename string
}

// registry holds the modules of the standard library, by name.
var registry = map[string]*regEntry{}

// RegisterModule makes a module implemented in Go importable under name.
// Call it from an init function (the stdlib packages do). The module
// "sys" is special: the interpreter creates sys itself and runs init on it
// at start-up.
func RegisterModule(name string, init ModuleInit) {
	registry[name] = &regEntry{native: init}
}

// RegisterSourceModule makes a module written in Python, whose source is
// embedded in the pyco binary, importable under name. filename is what
// tracebacks show (e.g. "<frozen collections>").
func RegisterSourceModule(name, filename string, src []byte) {
	registry[name] = &regEntry{src: src, filename: filename}
}

// SetAttrs is a helper for ModuleInit functions: it stores each builtin
// function in the module under its name.
func (m *Module) SetAttrs(fns ...*Builtin) {
	for _, f := range fns {
		f.Module = m.Name
		m.Dict.SetStr(f.Name, f)
	}
}

func init() {
	ModuleType.Repr = func(t *Thread, o Object) (Object, error) {
		m := o.(*Module)
		switch {
		case m.kind == "built-in":
			return NewStr(fmt.Sprintf("<module '%s' (built-in)>", m.Name)), nil
		case m.kind == "frozen":
			return NewStr(fmt.Sprintf("<module '%s' (frozen)>", m.Name)), nil
		case m.File != "":
			return NewStr(fmt.Sprintf("<module '%s' from '%s'>", m.Name, m.File)), nil
		}
		return NewStr(fmt.Sprintf("<module '%s'>", m.Name)), nil
	}
	ModuleType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		m := o.(*Module)
		if v, ok := m.Dict.GetStr(name); ok {
			return v, nil
		}
		if name == "__dict__" {
			return m.Dict, nil
		}
		if name == "__class__" {
			return ModuleType, nil
		}
		if d := lookupType(ModuleType, name); d != nil {
			return bindDescr(t, d, o, ModuleType)
		}
		if ga, ok := m.Dict.GetStr("__getattr__"); ok {
			return t.Call(ga, []Object{NewStr(name)}, nil)
		}
		return nil, attrError(m, name)
	}
	ModuleType.SetAttr = func(t *Thread, o Object, name string, v Object) error {
		m := o.(*Module)
		if v == nil {
			if !m.Dict.DeleteStr(name) {
				return attrError(m, name)
			}
			return nil
		}
		m.Dict.SetStr(name, v)
		return nil
	}
	ModuleType.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeError, "module.__init__() missing required argument 'name' (pos 1)")
		}
		name, ok := args[0].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "module.__init__() argument 'name' must be str, not %s", TypeName(args[0]))
		}
		m := NewModule(name.S)
		if len(args) > 1 {
			m.Dict.SetStr("__doc__", args[1])
		}
		return m, nil
	}
}
