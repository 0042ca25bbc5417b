package vm

// This file defines the import machinery: sys.modules, the registry of
// native and embedded source modules, and .py/.pyco files found on
// sys.path (the script's directory first), with packages.

import (
	"os"
	"path/filepath"
	"strings"
)

// ImportModule imports the module with the dotted name (import a.b.c) and
// returns the leaf module.
func (t *Thread) ImportModule(name string) (Object, error) {
	parts := strings.Split(name, ".")
	var parent Object
	var mod Object
	for i := range parts {
		full := strings.Join(parts[:i+1], ".")
		m, err := t.importOne(full, parent)
		if err != nil {
			return nil, err
		}
		if parent != nil {
			if pm, ok := parent.(*Module); ok {
				if _, has := pm.Dict.GetStr(parts[i]); !has {
					pm.Dict.SetStr(parts[i], m)
				}
			}
		}
		parent = m
		mod = m
	}
	return mod, nil
}

// importOne imports one module given its full dotted name.
func (t *Thread) importOne(full string, parent Object) (Object, error) {
	in := t.Interp
	if m, ok := in.Modules.GetStr(full); ok {
		if m == None {
			return nil, moduleNotFound(full)
		}
		return m, nil
	}
	if r, ok := registry[full]; ok {
		if r.native != nil {
			m := NewModule(full)
			m.kind = "built-in"
			registeredPackage(m)
			in.Modules.SetStr(full, m)
			if err := r.native(t, m); err != nil {
				in.Modules.DeleteStr(full)
				return nil, err
			}
			return m, nil
		}
		m := NewModule(full)
		m.kind = "frozen"
		registeredPackage(m)
		m.Dict.SetStr("__builtins__", in.Builtins)
		return t.execModule(m, r.filename, r.src)
	}
	// Search the path.
	var dirs []string
	if parent != nil {
		pm, ok := parent.(*Module)
		if !ok {
			return nil, moduleNotFound(full)
		}
		pv, ok := pm.Dict.GetStr("__path__")
		if !ok {
			return nil, Errorf(ModuleNotFoundError, "No module named '%s'; '%s' is not a package", full, pm.Name)
		}
		items, err := ToSlice(t, pv)
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if s, ok := it.(*Str); ok {
				dirs = append(dirs, s.S)
			}
		}
	} else {
		for _, it := range in.Path.Items {
			if s, ok := it.(*Str); ok {
				dirs = append(dirs, s.S)
			}
		}
	}
	leaf := full[strings.LastIndexByte(full, '.')+1:]
	for _, d := range dirs {
		dir := d
		if dir == "" {
			dir = "."
		}
		for _, ext := range []string{".py", ".pyco"} {
			p := filepath.Join(dir, leaf+ext)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return t.importFile(full, p, "")
			}
		}
		pkg := filepath.Join(dir, leaf)
		for _, ext := range []string{".py", ".pyco"} {
			p := filepath.Join(pkg, "__init__"+ext)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				return t.importFile(full, p, pkg)
			}
		}
	}
	return nil, moduleNotFound(full)
}

// registeredPackage makes a registered module a package when other
// registered names are below it ("collections" for "collections.abc"):
// it gets an empty __path__ (its submodules come from the registry, never
// from files) and __package__; a registered submodule gets its parent's
// name as __package__.
func registeredPackage(m *Module) {
	prefix := m.Name + "."
	for name := range registry {
		if strings.HasPrefix(name, prefix) {
			m.Dict.SetStr("__path__", NewList(nil))
			m.Dict.SetStr("__package__", NewStr(m.Name))
			return
		}
	}
	if i := strings.LastIndexByte(m.Name, '.'); i >= 0 {
		m.Dict.SetStr("__package__", NewStr(m.Name[:i]))
	}
}

func moduleNotFound(name string) *Exception {
	e := Errorf(ModuleNotFoundError, "No module named '%s'", name)
	e.Dict = NewDict()
	e.Dict.SetStr("name", NewStr(name))
	return e
}

func (t *Thread) importFile(full, path, pkgDir string) (Object, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, Errorf(ImportError, "%s", err.Error())
	}
	display := path
	if abs, err := filepath.Abs(path); err == nil && !strings.HasPrefix(path, "./") && filepath.IsAbs(path) {
		display = abs
	}
	m := NewModule(full)
	m.File = display
	m.Dict.SetStr("__file__", NewStr(display))
	m.Dict.SetStr("__builtins__", t.Interp.Builtins)
	if pkgDir != "" {
		m.Dict.SetStr("__path__", NewList([]Object{NewStr(pkgDir)}))
		m.Dict.SetStr("__package__", NewStr(full))
	} else if i := strings.LastIndexByte(full, '.'); i >= 0 {
		m.Dict.SetStr("__package__", NewStr(full[:i]))
	} else {
		m.Dict.SetStr("__package__", NewStr(""))
	}
	return t.execModule(m, display, src)
}

// execModule compiles and runs src as module m, registered in sys.modules
// while it runs (so circular imports see the partial module).
func (t *Thread) execModule(m *Module, filename string, src []byte) (Object, error) {
	in := t.Interp
	c, err := in.Compile(filename, src, "exec")
	if err != nil {
		return nil, compileErrorException(err)
	}
	in.Modules.SetStr(m.Name, m)
	if _, err := t.RunCode(c, m.Dict, m.Dict); err != nil {
		in.Modules.DeleteStr(m.Name)
		return nil, err
	}
	// The module may have replaced itself in sys.modules.
	if r, ok := in.Modules.GetStr(m.Name); ok {
		return r, nil
	}
	return m, nil
}

// importName implements IMPORT_NAME and __import__.
func (t *Thread) importName(f *Frame, name string, fromlist, level Object) (Object, error) {
	lv := 0
	if l, ok := level.(Int); ok {
		lv = int(l)
	}
	if lv > 0 {
		var pkg string
		if f != nil {
			if p, ok := f.Globals.GetStr("__package__"); ok {
				if s, ok := p.(*Str); ok {
					pkg = s.S
				}
			}
			if pkg == "" {
				if _, isPkg := f.Globals.GetStr("__path__"); isPkg {
					if n, ok := f.Globals.GetStr("__name__"); ok {
						pkg = n.(*Str).S
					}
				}
			}
		}
		if pkg == "" {
			return nil, Errorf(ImportError, "attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if lv-1 >= len(parts) {
			return nil, Errorf(ImportError, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(lv-1)], ".")
		if name != "" {
			name = base + "." + name
		} else {
			name = base
		}
		leaf, err := t.ImportModule(name)
		if err != nil {
			return nil, err
		}
		if fromlist == nil || fromlist == None {
			return t.ImportModule(base)
		}
		return leaf, nil
	}
	if name == "" {
		return nil, Errorf(ValueError, "Empty module name")
	}
	leaf, err := t.ImportModule(name)
	if err != nil {
		return nil, err
	}
	hasFrom := false
	if fromlist != nil && fromlist != None {
		if b, err := Truthy(t, fromlist); err == nil && b {
			hasFrom = true
		}
	}
	if hasFrom {
		// from pkg import submodule: import submodules named in fromlist.
		if m, ok := leaf.(*Module); ok {
			if _, isPkg := m.Dict.GetStr("__path__"); isPkg {
				items, _ := ToSlice(t, fromlist)
				for _, it := range items {
					if s, ok := it.(*Str); ok && s.S != "*" {
						if _, has := m.Dict.GetStr(s.S); !has {
							if _, err := t.ImportModule(name + "." + s.S); err != nil {
								if e, ok := err.(*Exception); !ok || !isSubtype(e.Class, ModuleNotFoundError) {
									return nil, err
								}
							}
						}
					}
				}
			}
		}
		return leaf, nil
	}
	if i := strings.IndexByte(name, '.'); i >= 0 {
		top, _ := t.Interp.Modules.GetStr(name[:i])
		if top != nil {
			return top, nil
		}
	}
	return leaf, nil
}

// importFrom implements IMPORT_FROM.
func importFrom(t *Thread, mod Object, name string) (Object, error) {
	v, err := GetAttr(t, mod, name)
	if err == nil {
		return v, nil
	}
	e, ok := err.(*Exception)
	if !ok || !isSubtype(e.Class, AttributeError) {
		return nil, err
	}
	modName := "<unknown module name>"
	where := "unknown location"
	if m, ok := mod.(*Module); ok {
		modName = m.Name
		if sub, ok := t.Interp.Modules.GetStr(m.Name + "." + name); ok {
			return sub, nil
		}
		if m.File != "" {
			where = m.File
		} else if m.kind == "built-in" {
			where = "unknown location"
		}
	}
	ie := Errorf(ImportError, "cannot import name '%s' from '%s' (%s)", name, modName, where)
	ie.Dict = NewDict()
	ie.Dict.SetStr("name", NewStr(modName))
	return nil, ie
}

// importStar implements `from m import *` into the frame's locals.
func importStar(t *Thread, f *Frame, mod Object) error {
	dst := f.Locals
	if dst == nil {
		return Errorf(SystemError, "no locals found during 'import *'")
	}
	m, ok := mod.(*Module)
	if !ok {
		return Errorf(TypeError, "import * requires a module")
	}
	if all, ok := m.Dict.GetStr("__all__"); ok {
		return Iterate(t, all, func(n Object) (bool, error) {
			s, ok := n.(*Str)
			if !ok {
				return false, Errorf(TypeError, "Item in %s.__all__ must be str, not %s", m.Name, TypeName(n))
			}
			v, err := GetAttr(t, m, s.S)
			if err != nil {
				return false, err
			}
			dst.SetStr(s.S, v)
			return true, nil
		})
	}
	m.Dict.Items(func(k, v Object) bool {
		if s, ok := k.(*Str); ok && !strings.HasPrefix(s.S, "_") {
			dst.SetStr(s.S, v)
		}
		return true
	})
	return nil
}
