package os

// This file defines os.path (CPython's posixpath): pure path manipulation
// plus the stat-based predicates.

import (
	goos "os"
	"path/filepath"
	"strings"

	"pyco/vm"
)

// newPathModule returns the os.path module.
func newPathModule() *vm.Module {
	m := vm.NewModule("posixpath")
	d := m.Dict
	d.SetStr("sep", vm.NewStr("/"))
	str1 := func(name string, fn func(string) string) {
		d.SetStr(name, vm.NewBuiltin(name, func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
			p, err := pathArg(t, name, args, 0)
			if err != nil {
				return nil, err
			}
			return vm.NewStr(fn(p)), nil
		}))
	}
	pred := func(name string, fn func(string) bool) {
		d.SetStr(name, vm.NewBuiltin(name, func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
			p, err := pathArg(t, name, args, 0)
			if err != nil {
				return vm.False, nil
			}
			if fn(p) {
				return vm.True, nil
			}
			return vm.False, nil
		}))
	}
	str1("basename", func(p string) string { return p[strings.LastIndex(p, "/")+1:] })
	str1("dirname", func(p string) string {
		head := p[:strings.LastIndex(p, "/")+1]
		if head != "" && strings.Trim(head, "/") != "" {
			head = strings.TrimRight(head, "/")
		}
		return head
	})
	str1("abspath", func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			return p
		}
		return a
	})
	str1("normpath", normpath)
	str1("expanduser", func(p string) string {
		if p == "~" || strings.HasPrefix(p, "~/") {
			if home, err := goos.UserHomeDir(); err == nil {
				return home + p[1:]
			}
		}
		return p
	})
	pred("exists", func(p string) bool { _, err := goos.Stat(p); return err == nil })
	pred("lexists", func(p string) bool { _, err := goos.Lstat(p); return err == nil })
	pred("isfile", func(p string) bool { fi, err := goos.Stat(p); return err == nil && fi.Mode().IsRegular() })
	pred("isdir", func(p string) bool { fi, err := goos.Stat(p); return err == nil && fi.IsDir() })
	pred("islink", func(p string) bool {
		fi, err := goos.Lstat(p)
		return err == nil && fi.Mode()&goos.ModeSymlink != 0
	})
	pred("isabs", func(p string) bool { return strings.HasPrefix(p, "/") })
	d.SetStr("join", vm.NewBuiltin("join", path_join))
	d.SetStr("split", vm.NewBuiltin("split", path_split))
	d.SetStr("splitext", vm.NewBuiltin("splitext", path_splitext))
	d.SetStr("getsize", vm.NewBuiltin("getsize", path_getsize))
	return m
}

// normpath is posixpath.normpath.
func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var out []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (initial == 0 && len(out) == 0) || (len(out) > 0 && out[len(out)-1] == ".."):
			out = append(out, c)
		case len(out) > 0:
			out = out[:len(out)-1]
		}
	}
	r := strings.Repeat("/", initial) + strings.Join(out, "/")
	if r == "" {
		return "."
	}
	return r
}

func path_join(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(args) == 0 {
		return nil, vm.Errorf(vm.TypeError, "join() missing 1 required positional argument: 'a'")
	}
	var b strings.Builder
	for i := range args {
		p, err := pathArg(t, "join", args, i)
		if err != nil {
			return nil, err
		}
		switch {
		case strings.HasPrefix(p, "/"):
			b.Reset()
			b.WriteString(p)
		case b.Len() == 0 || strings.HasSuffix(b.String(), "/"):
			b.WriteString(p)
		default:
			b.WriteString("/" + p)
		}
	}
	return vm.NewStr(b.String()), nil
}

func path_split(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	p, err := pathArg(t, "split", args, 0)
	if err != nil {
		return nil, err
	}
	i := strings.LastIndex(p, "/") + 1
	head, tail := p[:i], p[i:]
	if head != "" && strings.Trim(head, "/") != "" {
		head = strings.TrimRight(head, "/")
	}
	return vm.NewTuple([]vm.Object{vm.NewStr(head), vm.NewStr(tail)}), nil
}

func path_splitext(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	p, err := pathArg(t, "splitext", args, 0)
	if err != nil {
		return nil, err
	}
	sep := strings.LastIndex(p, "/")
	dot := strings.LastIndex(p, ".")
	if dot > sep {
		// A leading run of dots in the file name is not an extension.
		fi := sep + 1
		for fi < dot && p[fi] == '.' {
			fi++
		}
		if fi < dot {
			return vm.NewTuple([]vm.Object{vm.NewStr(p[:dot]), vm.NewStr(p[dot:])}), nil
		}
	}
	return vm.NewTuple([]vm.Object{vm.NewStr(p), vm.NewStr("")}), nil
}

func path_getsize(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	p, err := pathArg(t, "getsize", args, 0)
	if err != nil {
		return nil, err
	}
	fi, err := goos.Stat(p)
	if err != nil {
		return nil, oserror(t, err, p)
	}
	return vm.Int(fi.Size()), nil
}
