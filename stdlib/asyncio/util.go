package asyncio

// This file defines helpers: argument parsing, reprlib-style reprs, and
// CPython's formatting of callbacks and coroutines (asyncio's
// format_helpers) for the reprs of handles, futures and tasks.

import (
	"fmt"
	"strings"

	"pyco/vm"
)

// parseArgs binds a native's arguments to the parameters pos (positional
// or keyword) and kwonly (keyword-only), in that order; a missing
// argument is nil. required is the number of leading required pos
// parameters.
func parseArgs(fname string, args []vm.Object, kwnames []string, required int, pos, kwonly []string) ([]vm.Object, error) {
	out := make([]vm.Object, len(pos)+len(kwonly))
	npos := len(args) - len(kwnames)
	if npos > len(pos) {
		return nil, vm.Errorf(vm.TypeError, "%s() takes %d positional arguments but %d were given", fname, len(pos), npos)
	}
	copy(out, args[:npos])
	for i, k := range kwnames {
		found := false
		for j, p := range pos {
			if p == k {
				if out[j] != nil {
					return nil, vm.Errorf(vm.TypeError, "%s() got multiple values for argument '%s'", fname, k)
				}
				out[j] = args[npos+i]
				found = true
			}
		}
		for j, p := range kwonly {
			if p == k {
				out[len(pos)+j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nil, vm.Errorf(vm.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			return nil, vm.Errorf(vm.TypeError, "%s() missing required argument '%s' (pos %d)", fname, pos[i], i+1)
		}
	}
	return out, nil
}

// splitKw separates the keyword arguments named in names from a call's
// arguments: it returns the positional arguments and the values found
// (nil when absent); other keywords are an error.
func splitKw(fname string, args []vm.Object, kwnames []string, names ...string) ([]vm.Object, []vm.Object, error) {
	npos := len(args) - len(kwnames)
	vals := make([]vm.Object, len(names))
	for i, k := range kwnames {
		found := false
		for j, n := range names {
			if n == k {
				vals[j] = args[npos+i]
				found = true
			}
		}
		if !found {
			return nil, nil, vm.Errorf(vm.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
	}
	return args[:npos], vals, nil
}

// isNone reports whether o is absent or None.
func isNone(o vm.Object) bool { return o == nil || o == vm.None }

// shorten cuts s to max characters the way reprlib does (the head, "...",
// the tail).
func shorten(s string, max int) string {
	r := []rune(s)
	if len(r) <= max {
		return s
	}
	i := (max - 3) / 2
	if i < 0 {
		i = 0
	}
	j := max - 3 - i
	if j < 0 {
		j = 0
	}
	return string(r[:i]) + "..." + string(r[len(r)-j:])
}

// reprlibRepr approximates reprlib.repr (maxlevel 6, maxstring 30,
// maxother 30, maxlist/maxtuple 6, maxdict 4, maxset 6, maxlong 40).
func reprlibRepr(t *vm.Thread, o vm.Object) (string, error) {
	return reprlib(t, o, 6)
}

func reprlib(t *vm.Thread, o vm.Object, level int) (string, error) {
	seq := func(items []vm.Object, left, right string, max int, trail string) (string, error) {
		if len(items) == 0 {
			return left + right, nil
		}
		if level <= 0 {
			return left + "..." + right, nil
		}
		var parts []string
		for i, it := range items {
			if i == max {
				parts = append(parts, "...")
				break
			}
			s, err := reprlib(t, it, level-1)
			if err != nil {
				return "", err
			}
			parts = append(parts, s)
		}
		s := strings.Join(parts, ", ")
		if len(items) == 1 {
			s += trail
		}
		return left + s + right, nil
	}
	switch x := o.(type) {
	case *vm.Str:
		s, err := vm.Repr(t, x)
		if err != nil {
			return "", err
		}
		return shorten(s, 30), nil
	case *vm.List:
		if x.Type() == vm.ListType {
			return seq(x.Items, "[", "]", 6, "")
		}
	case *vm.Tuple:
		if x.Type() == vm.TupleType {
			return seq(x.Items, "(", ")", 6, ",")
		}
	case vm.Int, vm.Bool, vm.Float:
		return vm.Repr(t, x)
	}
	if o.Type() == vm.IntType {
		s, err := vm.Repr(t, o)
		if err != nil {
			return "", err
		}
		return shorten(s, 40), nil
	}
	s, err := vm.Repr(t, o)
	if err != nil {
		return "", err
	}
	return shorten(s, 30), nil
}

// attr returns o.name, or nil when o has no such attribute.
func attr(t *vm.Thread, o vm.Object, name string) vm.Object {
	v, err := vm.GetAttrOpt(t, o, name)
	if err != nil {
		return nil
	}
	return v
}

// isPartial reports whether o is a functools.partial object.
func isPartial(o vm.Object) bool {
	typ := o.Type()
	for _, m := range typ.MRO {
		if m.Name == "partial" && (m.Module == "functools" || m.Module == "_functools") {
			return true
		}
	}
	return false
}

// formatArgs renders a call's arguments as reprlib reprs: "(1, 'x', k=2)".
func formatArgs(t *vm.Thread, args []vm.Object, kw *vm.Dict) (string, error) {
	var items []string
	for _, a := range args {
		s, err := reprlibRepr(t, a)
		if err != nil {
			return "", err
		}
		items = append(items, s)
	}
	if kw != nil {
		var ferr error
		kw.Items(func(k, v vm.Object) bool {
			s, err := reprlibRepr(t, v)
			if err != nil {
				ferr = err
				return false
			}
			ks, _ := k.(*vm.Str)
			if ks != nil {
				items = append(items, ks.S+"="+s)
			}
			return true
		})
		if ferr != nil {
			return "", ferr
		}
	}
	return "(" + strings.Join(items, ", ") + ")", nil
}

// formatCallback is format_helpers._format_callback.
func formatCallback(t *vm.Thread, fn vm.Object, args []vm.Object, kw *vm.Dict, suffix string) (string, error) {
	if isPartial(fn) {
		s, err := formatArgs(t, args, kw)
		if err != nil {
			return "", err
		}
		pargs, _ := attr(t, fn, "args").(*vm.Tuple)
		pkw, _ := attr(t, fn, "keywords").(*vm.Dict)
		var items []vm.Object
		if pargs != nil {
			items = pargs.Items
		}
		return formatCallback(t, attr(t, fn, "func"), items, pkw, s+suffix)
	}
	var name string
	if q, ok := attr(t, fn, "__qualname__").(*vm.Str); ok && q.S != "" {
		name = q.S
	} else if n, ok := attr(t, fn, "__name__").(*vm.Str); ok {
		name = n.S
	} else {
		s, err := vm.Repr(t, fn)
		if err != nil {
			return "", err
		}
		name = s
	}
	s, err := formatArgs(t, args, kw)
	if err != nil {
		return "", err
	}
	return name + s + suffix, nil
}

// functionSource returns the file and first line of a pyco function
// (unwrapping partials and __wrapped__); ok is false for other callables.
func functionSource(t *vm.Thread, fn vm.Object) (string, int, bool) {
	for i := 0; i < 100; i++ {
		w := attr(t, fn, "__wrapped__")
		if w == nil {
			break
		}
		fn = w
	}
	if isPartial(fn) {
		return functionSource(t, attr(t, fn, "func"))
	}
	f, ok := fn.(*vm.Function)
	if !ok {
		return "", 0, false
	}
	return f.Code.C.Filename, f.Code.C.FirstLine, true
}

// formatCallbackSource is format_helpers._format_callback_source.
func formatCallbackSource(t *vm.Thread, fn vm.Object, args []vm.Object) (string, error) {
	s, err := formatCallback(t, fn, args, nil, "")
	if err != nil {
		return "", err
	}
	if file, line, ok := functionSource(t, fn); ok {
		s += fmt.Sprintf(" at %s:%d", file, line)
	}
	return s, nil
}

// formatCoroutine is format_helpers._format_coroutine for a pyco
// coroutine: "main() running at x.py:3" or "main() done, defined at
// x.py:1".
func formatCoroutine(t *vm.Thread, coro vm.Object) string {
	name := "<unknown>"
	if q, ok := attr(t, coro, "__qualname__").(*vm.Str); ok {
		name = q.S
	} else if n, ok := attr(t, coro, "__name__").(*vm.Str); ok {
		name = n.S
	}
	name += "()"
	g, ok := coro.(*vm.Generator)
	if !ok {
		return name
	}
	codeAttr, frameAttr := "cr_code", "cr_frame"
	if !g.IsCoroutine() {
		codeAttr, frameAttr = "gi_code", "gi_frame"
	}
	code, _ := attr(t, coro, codeAttr).(*vm.Code)
	filename := "<empty co_filename>"
	first := 0
	if code != nil {
		if code.C.Filename != "" {
			filename = code.C.Filename
		}
		first = code.C.FirstLine
	}
	if fr := attr(t, coro, frameAttr); fr != nil && fr != vm.None {
		line := first
		if l, ok := vm.AsInt64(attr(t, fr, "f_lineno")); ok {
			line = int(l)
		}
		return fmt.Sprintf("%s running at %s:%d", name, filename, line)
	}
	return fmt.Sprintf("%s done, defined at %s:%d", name, filename, first)
}
