package vm

// This file defines the core of the sys module: the attributes the VM
// itself owns (argv, path, modules, the standard streams, exc_info,
// recursion limit, exit, _getframe). The stdlib's "sys" registration adds
// the rest on the same module object.

import "math"

func newSysModule(in *Interpreter) *Module {
	m := NewModule("sys")
	m.kind = "built-in"
	d := m.Dict
	d.SetStr("argv", in.Argv)
	d.SetStr("path", in.Path)
	d.SetStr("modules", in.Modules)
	d.SetStr("stdout", in.Stdout)
	d.SetStr("stderr", in.Stderr)
	d.SetStr("stdin", in.Stdin)
	d.SetStr("__stdout__", in.Stdout)
	d.SetStr("__stderr__", in.Stderr)
	d.SetStr("__stdin__", in.Stdin)
	d.SetStr("maxsize", MakeInt(math.MaxInt64))
	d.SetStr("byteorder", NewStr("little"))
	d.SetStr("platform", NewStr("linux"))
	d.SetStr("implementation_name", NewStr("pyco"))
	d.SetStr("version", NewStr("3.11.7 (pyco)"))
	d.SetStr("version_info", NewTuple([]Object{MakeInt(3), MakeInt(11), MakeInt(7), NewStr("final"), MakeInt(0)}))
	d.SetStr("hexversion", MakeInt(0x030b07f0))
	d.SetStr("executable", NewStr("pyco"))
	d.SetStr("builtin_module_names", NewTuple([]Object{NewStr("builtins"), NewStr("sys")}))
	m.SetAttrs(
		NewBuiltin("exc_info", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			e := t.excInfo
			if e == nil {
				return NewTuple([]Object{None, None, None}), nil
			}
			var tb Object = None
			if e.Traceback != nil {
				tb = e.Traceback
			}
			return NewTuple([]Object{e.Class, e, tb}), nil
		}),
		NewBuiltin("exception", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if t.excInfo == nil {
				return None, nil
			}
			return t.excInfo, nil
		}),
		NewBuiltin("getrecursionlimit", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			return MakeInt(int64(t.Interp.recursionLimit)), nil
		}),
		NewBuiltin("setrecursionlimit", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := exactArgs("setrecursionlimit", args, kwnames, 1); err != nil {
				return nil, err
			}
			n, ok := args[0].(Int)
			if !ok {
				return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
			}
			if n < 1 {
				return nil, Errorf(ValueError, "recursion limit must be greater or equal than 1")
			}
			if int(n) <= t.depth {
				return nil, Errorf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.depth)
			}
			t.Interp.recursionLimit = int(n)
			return None, nil
		}),
		NewBuiltin("exit", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := rangeArgs("exit", args, kwnames, 0, 1); err != nil {
				return nil, err
			}
			return nil, NewException(SystemExit, args...)
		}),
		NewBuiltin("_getframe", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			depth := 0
			if len(args) > 0 {
				n, ok := args[0].(Int)
				if !ok {
					return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
				}
				depth = int(n)
			}
			f := t.frame
			for ; depth > 0 && f != nil; depth-- {
				f = f.back
			}
			if f == nil {
				return nil, Errorf(ValueError, "call stack is not deep enough")
			}
			f.escaped = true
			return f, nil
		}),
		NewBuiltin("intern", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			if err := exactArgs("intern", args, kwnames, 1); err != nil {
				return nil, err
			}
			return args[0], nil
		}),
		NewBuiltin("getdefaultencoding", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			return NewStr("utf-8"), nil
		}),
	)
	return m
}
