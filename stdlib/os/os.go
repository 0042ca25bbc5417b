package os

// This file defines the os functions: process, environment, files and directories.

import (
	"errors"
	goos "os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"pyco/vm"
)

func init() {
	vm.RegisterModule("os", initModule)
}

// initModule fills the os module and creates os.path.
func initModule(t *vm.Thread, m *vm.Module) error {
	d := m.Dict
	name := "posix"
	if runtime.GOOS == "windows" {
		name = "nt"
	}
	d.SetStr("name", vm.NewStr(name))
	d.SetStr("sep", vm.NewStr(string(filepath.Separator)))
	d.SetStr("altsep", vm.None)
	d.SetStr("pathsep", vm.NewStr(string(filepath.ListSeparator)))
	d.SetStr("linesep", vm.NewStr("\n"))
	d.SetStr("curdir", vm.NewStr("."))
	d.SetStr("pardir", vm.NewStr(".."))
	d.SetStr("extsep", vm.NewStr("."))
	d.SetStr("devnull", vm.NewStr(goos.DevNull))
	env := vm.NewDict()
	for _, kv := range goos.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env.SetStr(k, vm.NewStr(v))
		}
	}
	d.SetStr("environ", env)
	d.SetStr("error", vm.OSError)
	fns := map[string]vm.BuiltinFunc{
		"getpid":    func(t *vm.Thread, a []vm.Object, k []string) (vm.Object, error) { return vm.Int(goos.Getpid()), nil },
		"getppid":   func(t *vm.Thread, a []vm.Object, k []string) (vm.Object, error) { return vm.Int(goos.Getppid()), nil },
		"cpu_count": func(t *vm.Thread, a []vm.Object, k []string) (vm.Object, error) { return vm.Int(runtime.NumCPU()), nil },
		"getcwd":    os_getcwd,
		"chdir":     os_chdir,
		"getenv":    os_getenv,
		"remove":    pathOp("remove", goos.Remove),
		"unlink":    pathOp("unlink", goos.Remove),
		"rmdir":     pathOp("rmdir", func(p string) error { return syscall.Rmdir(p) }),
		"mkdir":     pathOp("mkdir", func(p string) error { return goos.Mkdir(p, 0o777) }),
		"makedirs":  os_makedirs,
		"listdir":   os_listdir,
		"rename":    os_rename,
		"replace":   os_rename,
		"fspath":    os_fspath,
		"strerror":  os_strerror,
	}
	for n, fn := range fns {
		d.SetStr(n, vm.NewBuiltin(n, fn))
	}
	path := newPathModule()
	d.SetStr("path", path)
	t.Interp.Modules.SetStr("os.path", path)
	return nil
}

// oserror converts a Go error from an OS call on filename to CPython's
// OSError subclass (FileNotFoundError, ...), built by calling OSError so
// that the VM picks the subclass from the errno.
func oserror(t *vm.Thread, err error, filename string) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return vm.Errorf(vm.OSError, "%s", err.Error())
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	e, cerr := t.Call(vm.OSError, []vm.Object{vm.Int(int(errno)), vm.NewStr(msg), vm.NewStr(filename)}, nil)
	if cerr != nil {
		return cerr
	}
	if exc, ok := e.(*vm.Exception); ok {
		return exc
	}
	return vm.Errorf(vm.OSError, "[Errno %d] %s: '%s'", int(errno), msg, filename)
}

// pathArg returns the str path argument i of fn (str or an object with
// __fspath__).
func pathArg(t *vm.Thread, fn string, args []vm.Object, i int) (string, error) {
	if i >= len(args) {
		return "", vm.Errorf(vm.TypeError, "%s() missing required argument 'path' (pos %d)", fn, i+1)
	}
	switch p := args[i].(type) {
	case *vm.Str:
		return p.S, nil
	}
	if m, err := vm.GetAttr(t, args[i], "__fspath__"); err == nil {
		r, err := t.Call(m, nil, nil)
		if err != nil {
			return "", err
		}
		if s, ok := r.(*vm.Str); ok {
			return s.S, nil
		}
	}
	return "", vm.Errorf(vm.TypeError, "%s: path should be string, bytes or os.PathLike, not %s", fn, vm.TypeName(args[i]))
}

// pathOp adapts an OS operation on one path to a builtin returning None.
func pathOp(name string, op func(string) error) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		p, err := pathArg(t, name, args, 0)
		if err != nil {
			return nil, err
		}
		if err := op(p); err != nil {
			return nil, oserror(t, err, p)
		}
		return vm.None, nil
	}
}

func os_getcwd(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	wd, err := goos.Getwd()
	if err != nil {
		return nil, oserror(t, err, ".")
	}
	return vm.NewStr(wd), nil
}

func os_chdir(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	p, err := pathArg(t, "chdir", args, 0)
	if err != nil {
		return nil, err
	}
	if err := goos.Chdir(p); err != nil {
		return nil, oserror(t, err, p)
	}
	return vm.None, nil
}

func os_getenv(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, vm.Errorf(vm.TypeError, "getenv() takes from 1 to 2 positional arguments but %d were given", len(args))
	}
	key, ok := args[0].(*vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "str expected, not %s", vm.TypeName(args[0]))
	}
	if v, ok := goos.LookupEnv(key.S); ok {
		return vm.NewStr(v), nil
	}
	if len(args) == 2 {
		return args[1], nil
	}
	return vm.None, nil
}

func os_makedirs(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	p, err := pathArg(t, "makedirs", args, 0)
	if err != nil {
		return nil, err
	}
	existOK := false
	npos := len(args) - len(kwnames)
	if npos >= 3 {
		existOK, _ = vm.Truthy(t, args[2])
	}
	for i, k := range kwnames {
		if k == "exist_ok" {
			if existOK, err = vm.Truthy(t, args[npos+i]); err != nil {
				return nil, err
			}
		}
	}
	if info, err := goos.Stat(p); err == nil && info.IsDir() && !existOK {
		return nil, oserror(t, syscall.EEXIST, p)
	}
	if err := goos.MkdirAll(p, 0o777); err != nil {
		return nil, oserror(t, err, p)
	}
	return vm.None, nil
}

func os_listdir(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	p := "."
	if len(args) > 0 {
		var err error
		if p, err = pathArg(t, "listdir", args, 0); err != nil {
			return nil, err
		}
	}
	entries, err := goos.ReadDir(p)
	if err != nil {
		return nil, oserror(t, err, p)
	}
	names := make([]vm.Object, len(entries))
	for i, e := range entries {
		names[i] = vm.NewStr(e.Name())
	}
	return vm.NewList(names), nil
}

func os_rename(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	src, err := pathArg(t, "rename", args, 0)
	if err != nil {
		return nil, err
	}
	dst, err := pathArg(t, "rename", args, 1)
	if err != nil {
		return nil, err
	}
	if err := goos.Rename(src, dst); err != nil {
		return nil, oserror(t, err, src)
	}
	return vm.None, nil
}

func os_fspath(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	p, err := pathArg(t, "fspath", args, 0)
	if err != nil {
		return nil, vm.Errorf(vm.TypeError, "expected str, bytes or os.PathLike object, not %s", vm.TypeName(args[0]))
	}
	return vm.NewStr(p), nil
}

func os_strerror(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeError, "strerror() takes exactly one argument (%d given)", len(args))
	}
	n, ok := args[0].(vm.Int)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(args[0]))
	}
	msg := syscall.Errno(n).Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return vm.NewStr(msg), nil
}
