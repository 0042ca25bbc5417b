package vm

// This file defines the calling convention: Thread.Call for any callable,
// argument binding for pyco functions with CPython's TypeError messages,
// and the boundary between natives and the dispatch loop.

import (
	"strings"

	"pyco/compiler"
)

// Call calls fn with positional args followed by keyword values named by kwnames.
func (t *Thread) Call(fn Object, args []Object, kwnames []string) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		return t.callFunction(f, args, kwnames)
	case *Builtin:
		return t.callBuiltin(f, args, kwnames)
	case *Method:
		return t.callWithSelf(f.Func, f.Self, args, kwnames)
	case *Type:
		return t.callType(f, args, kwnames)
	}
	if c := fn.Type().Call; c != nil {
		return c(t, fn, args, kwnames)
	}
	return nil, Errorf(TypeError, "'%s' object is not callable", TypeName(fn))
}

// CallKw calls fn with positional args and a keyword dict (nil for none).
func (t *Thread) CallKw(fn Object, args []Object, kw *Dict) (Object, error) {
	if kw == nil || kw.Len() == 0 {
		return t.Call(fn, args, nil)
	}
	all := make([]Object, len(args), len(args)+kw.Len())
	copy(all, args)
	names := make([]string, 0, kw.Len())
	var err error
	kw.Items(func(k, v Object) bool {
		s, ok := k.(*Str)
		if !ok {
			err = Errorf(TypeError, "keywords must be strings")
			return false
		}
		names = append(names, s.S)
		all = append(all, v)
		return true
	})
	if err != nil {
		return nil, err
	}
	return t.Call(fn, all, names)
}

// callBuiltin calls a Go function, prepending its bound Self.
func (t *Thread) callBuiltin(b *Builtin, args []Object, kwnames []string) (Object, error) {
	if b.Self == nil {
		return b.Fn(t, args, kwnames)
	}
	all := make([]Object, len(args)+1)
	all[0] = b.Self
	copy(all[1:], args)
	return b.Fn(t, all, kwnames)
}

// callWithSelf calls fn(self, *args).
func (t *Thread) callWithSelf(fn, self Object, args []Object, kwnames []string) (Object, error) {
	switch f := fn.(type) {
	case *Function:
		fr, err := t.bindFrame(f, self, args, kwnames)
		if err != nil {
			return nil, err
		}
		if f.Code.isGen {
			return newGenerator(t, fr, f), nil
		}
		return t.runFrame(fr)
	case *Builtin:
		if f.Self == nil {
			all := make([]Object, len(args)+1)
			all[0] = self
			copy(all[1:], args)
			return f.Fn(t, all, kwnames)
		}
	}
	all := make([]Object, len(args)+1)
	all[0] = self
	copy(all[1:], args)
	return t.Call(fn, all, kwnames)
}

// callFunction calls a pyco function from Go.
func (t *Thread) callFunction(fn *Function, args []Object, kwnames []string) (Object, error) {
	fr, err := t.bindFrame(fn, nil, args, kwnames)
	if err != nil {
		return nil, err
	}
	if fn.Code.isGen {
		return newGenerator(t, fr, fn), nil
	}
	return t.runFrame(fr)
}

// runFrame runs a prepared frame to completion in a new run of the
// dispatch loop.
func (t *Thread) runFrame(f *Frame) (Object, error) {
	if t.nativeDepth > maxNativeDepth || t.depth >= t.Interp.recursionLimit {
		if f.gen == nil {
			t.releaseFrame(f)
		}
		return nil, Errorf(RecursionError, "maximum recursion depth exceeded while calling a Python object")
	}
	t.nativeDepth++
	f.entry = true
	r, err := t.run(f, nil)
	t.nativeDepth--
	return r, err
}

// bindFrame returns a new frame for fn with the arguments bound (self, if
// non-nil, is the first positional argument).
func (t *Thread) bindFrame(fn *Function, self Object, args []Object, kwnames []string) (*Frame, error) {
	c := fn.Code
	f := t.newFrame(c, fn.Globals, fn.Builtins)
	f.Func = fn
	nself := 0
	if self != nil {
		nself = 1
	}
	if c.simple && len(kwnames) == 0 && len(args)+nself == c.C.ArgCount {
		if self != nil {
			f.slots[0] = self
		}
		copy(f.slots[nself:], args)
	} else if err := bindArgs(fn, f.slots, self, args, kwnames); err != nil {
		t.releaseFrame(f)
		return nil, err
	}
	initCells(fn, f)
	return f, nil
}

// initCells creates the frame's cells and copies in the closure.
func initCells(fn *Function, f *Frame) {
	c := fn.Code
	if c.ncells > 0 {
		for i := 0; i < c.ncells; i++ {
			cell := &Cell{}
			if c.C.Cell2Arg != nil && c.C.Cell2Arg[i] >= 0 {
				cell.V = f.slots[c.C.Cell2Arg[i]]
			}
			f.slots[c.nlocals+i] = cell
		}
	}
	if c.nfree > 0 {
		copy(f.slots[c.nlocals+c.ncells:], fn.Closure)
	}
}

// funcName returns the name used in argument errors: the qualname.
func funcName(fn *Function) string { return fn.QualName }

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// bindArgs binds a call's arguments to the parameters of fn in locals,
// with CPython's errors.
func bindArgs(fn *Function, locals []Object, self Object, args []Object, kwnames []string) error {
	cc := fn.Code.C
	argcount := cc.ArgCount
	kwonly := cc.KwOnlyArgCount
	posonly := cc.PosOnlyArgCount
	nkw := len(kwnames)
	npos := len(args) - nkw
	kwvals := args[npos:]
	pos := args[:npos]
	total := npos
	if self != nil {
		total++
	}
	// Positional arguments.
	n := total
	if n > argcount {
		n = argcount
	}
	i := 0
	if self != nil && n > 0 {
		locals[0] = self
		i = 1
	}
	for ; i < n; i++ {
		if self != nil {
			locals[i] = pos[i-1]
		} else {
			locals[i] = pos[i]
		}
	}
	slot := argcount + kwonly
	if cc.Flags&compiler.FlagVarargs != 0 {
		var rest []Object
		if total > argcount {
			off := argcount
			if self != nil {
				off--
			}
			if self != nil && argcount == 0 {
				rest = append([]Object{self}, pos...)
			} else {
				rest = append([]Object(nil), pos[off:]...)
			}
		} else {
			rest = []Object{}
		}
		locals[slot] = NewTuple(rest)
		slot++
	}
	var kwdict *Dict
	if cc.Flags&compiler.FlagVarkw != 0 {
		kwdict = NewDict()
		locals[slot] = kwdict
	}
	// Keyword arguments.
	var posonlyNames []string
	for k, name := range kwnames {
		j := -1
		for p := 0; p < argcount+kwonly; p++ {
			if cc.VarNames[p] == name {
				j = p
				break
			}
		}
		if j >= posonly {
			if locals[j] != nil {
				return Errorf(TypeError, "%s() got multiple values for argument '%s'", funcName(fn), name)
			}
			locals[j] = kwvals[k]
			continue
		}
		if kwdict != nil {
			if _, dup := kwdict.GetStr(name); dup {
				return Errorf(TypeError, "%s() got multiple values for keyword argument '%s'", funcName(fn), name)
			}
			kwdict.SetStr(name, kwvals[k])
			continue
		}
		if j >= 0 {
			posonlyNames = append(posonlyNames, name)
			continue
		}
		return Errorf(TypeError, "%s() got an unexpected keyword argument '%s'", funcName(fn), name)
	}
	if posonlyNames != nil {
		return Errorf(TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", funcName(fn), strings.Join(posonlyNames, ", "))
	}
	// Too many positional arguments.
	if total > argcount && cc.Flags&compiler.FlagVarargs == 0 {
		ndef := len(fn.Defaults)
		var takes string
		if ndef > 0 {
			takes = "from " + itoa(argcount-ndef) + " to " + itoa(argcount) + " positional arguments"
		} else {
			takes = itoa(argcount) + plural(argcount, " positional argument", " positional arguments")
		}
		kwgiven := 0
		for p := argcount; p < argcount+kwonly; p++ {
			if locals[p] != nil {
				kwgiven++
			}
		}
		given := itoa(total) + plural(total, " was", " were")
		if kwgiven > 0 {
			given = itoa(total) + plural(total, " positional argument", " positional arguments") +
				" (and " + itoa(kwgiven) + plural(kwgiven, " keyword-only argument", " keyword-only arguments") + ")" + plural(total, " was", " were")
		}
		return Errorf(TypeError, "%s() takes %s but %s given", funcName(fn), takes, given)
	}
	// Defaults and missing positional arguments.
	if total < argcount {
		ndef := len(fn.Defaults)
		firstDef := argcount - ndef
		var missing []string
		for p := total; p < argcount; p++ {
			if locals[p] == nil {
				if p >= firstDef {
					locals[p] = fn.Defaults[p-firstDef]
				} else {
					missing = append(missing, cc.VarNames[p])
				}
			}
		}
		if missing != nil {
			return missingError(fn, missing, "positional")
		}
	}
	// Keyword-only defaults.
	if kwonly > 0 {
		var missing []string
		for p := argcount; p < argcount+kwonly; p++ {
			if locals[p] == nil {
				if fn.KwDefaults != nil {
					if v, ok := fn.KwDefaults.GetStr(cc.VarNames[p]); ok {
						locals[p] = v
						continue
					}
				}
				missing = append(missing, cc.VarNames[p])
			}
		}
		if missing != nil {
			return missingError(fn, missing, "keyword-only")
		}
	}
	return nil
}

func missingError(fn *Function, names []string, kind string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return Errorf(TypeError, "%s() missing %d required %s %s: %s", funcName(fn), len(names), kind,
		plural(len(names), "argument", "arguments"), list)
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// callType implements cls(...): New, then Init when the result is an
// instance of cls.
func (t *Thread) callType(cls *Type, args []Object, kwnames []string) (Object, error) {
	if cls == TypeType {
		if len(args) == 1 && len(kwnames) == 0 {
			return args[0].Type(), nil
		}
		if len(args)-len(kwnames) != 3 {
			return nil, Errorf(TypeError, "type() takes 1 or 3 arguments")
		}
	}
	if cls.New == nil {
		return nil, Errorf(TypeError, "cannot create '%s' instances", cls.QualName())
	}
	obj, err := cls.New(t, cls, args, kwnames)
	if err != nil {
		return nil, err
	}
	ot := obj.Type()
	if ot != cls && !isSubtype(ot, cls) {
		return obj, nil
	}
	if init := ot.Init; init != nil {
		if err := init(t, obj, args, kwnames); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

// splitArgs separates positional args from keyword values.
func splitArgs(args []Object, kwnames []string) (pos, kw []Object) {
	n := len(args) - len(kwnames)
	return args[:n], args[n:]
}
