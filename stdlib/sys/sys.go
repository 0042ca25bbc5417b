package sys

// This file defines the build information added to sys and the embedded sys.py.

import (
	_ "embed"
	"encoding/binary"
	"os"
	"path/filepath"
	"runtime"

	"pyco/vm"
)

// PycoVersion is pyco's own version.
const PycoVersion = "0.1.0"

// PythonVersion is the CPython version whose behaviour pyco follows, as
// major.minor.micro.
const PythonVersion = "3.11.7"

//go:embed sys.py
var source []byte

func init() {
	vm.RegisterModule("sys", initModule)
}

// initModule adds the stdlib part of sys to the VM's sys module.
func initModule(t *vm.Thread, m *vm.Module) error {
	d := m.Dict
	d.SetStr("version", vm.NewStr(PythonVersion+" (pyco "+PycoVersion+", "+runtime.Version()+")"))
	d.SetStr("_pyco_version", vm.NewStr(PycoVersion))
	d.SetStr("platform", vm.NewStr(platform()))
	d.SetStr("byteorder", vm.NewStr(byteOrder()))
	if exe, err := os.Executable(); err == nil {
		if abs, err := filepath.Abs(exe); err == nil {
			exe = abs
		}
		d.SetStr("executable", vm.NewStr(exe))
		d.SetStr("_base_executable", vm.NewStr(exe))
		prefix := filepath.Dir(filepath.Dir(exe))
		for _, name := range []string{"prefix", "base_prefix", "exec_prefix", "base_exec_prefix"} {
			d.SetStr(name, vm.NewStr(prefix))
		}
	}
	argv := make([]vm.Object, len(os.Args))
	for i, a := range os.Args {
		argv[i] = vm.NewStr(a)
	}
	d.SetStr("orig_argv", vm.NewList(argv))
	d.SetStr("getfilesystemencoding", vm.NewBuiltin("getfilesystemencoding", utf8Name))
	d.SetStr("getfilesystemencodeerrors", vm.NewBuiltin("getfilesystemencodeerrors",
		func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
			return vm.NewStr("surrogateescape"), nil
		}))
	_, err := t.Interp.Exec(t, "<frozen sys>", source, "exec", d)
	return err
}

// utf8Name returns "utf-8" (sys.getfilesystemencoding).
func utf8Name(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(args) > 0 {
		return nil, vm.Errorf(vm.TypeError, "sys.getfilesystemencoding() takes no arguments (%d given)", len(args))
	}
	return vm.NewStr("utf-8"), nil
}

// platform returns sys.platform for the host, with CPython's names.
func platform() string {
	switch runtime.GOOS {
	case "windows":
		return "win32"
	case "linux", "darwin", "freebsd", "openbsd", "netbsd", "aix":
		return runtime.GOOS
	}
	return runtime.GOOS
}

// byteOrder returns "little" or "big" for the host.
func byteOrder() string {
	var buf [2]byte
	binary.NativeEndian.PutUint16(buf[:], 1)
	if buf[0] == 1 {
		return "little"
	}
	return "big"
}
