package vm

// This file defines *Exception, the Go representation of every pyco
// exception instance, the traceback object, and the builtin exception
// hierarchy with the attributes and str()/repr() of each class.

import (
	"fmt"
	"strings"
)

// An Exception is an instance of BaseException or of a subclass (builtin or
// user-defined). It implements Go's error so natives can return it.
type Exception struct {
	Class           *Type
	Dict            *Dict  // instance attributes; or nil
	Args            *Tuple // the constructor arguments
	Cause           Object // __cause__; or nil for None
	Context         Object // __context__; or nil for None
	SuppressContext bool
	Traceback       *Traceback // __traceback__; or nil for None
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error renders the exception as `Type: message` for Go callers.
func (e *Exception) Error() string {
	msg := exceptionStrNoThread(e)
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// Message returns str(e) computed without running pyco code (the args of
// builtin exceptions), for Go callers and tests.
func (e *Exception) Message() string { return exceptionStrNoThread(e) }

func exceptionStrNoThread(e *Exception) string {
	if e.Args == nil || len(e.Args.Items) == 0 {
		return ""
	}
	if len(e.Args.Items) == 1 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			if isSubtype(e.Class, KeyError) {
				return "'" + s.S + "'"
			}
			return s.S
		}
	}
	if s, err := StrOf(nil, e); err == nil {
		return s
	}
	return fmt.Sprint(e.Args.Items)
}

// A Traceback is one entry of an exception's traceback: a frame and the
// line it was executing. Next points to the entry of the frame it called
// (towards where the exception was raised); or nil.
type Traceback struct {
	Frame *Frame
	Line  int
	Lasti int
	Next  *Traceback
}

// Type returns traceback.
func (tb *Traceback) Type() *Type { return TracebackType }

// The builtin exception types. The full CPython 3.11 hierarchy is defined
// here; excTable lists parents.
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

	SystemExit                = excType("SystemExit")
	KeyboardInterrupt         = excType("KeyboardInterrupt")
	GeneratorExit             = excType("GeneratorExit")
	StopAsyncIteration        = excType("StopAsyncIteration")
	ArithmeticError           = excType("ArithmeticError")
	FloatingPointError        = excType("FloatingPointError")
	AssertionError            = excType("AssertionError")
	BufferError               = excType("BufferError")
	EOFError                  = excType("EOFError")
	ImportError               = excType("ImportError")
	ModuleNotFoundError       = excType("ModuleNotFoundError")
	LookupError               = excType("LookupError")
	UnboundLocalError         = excType("UnboundLocalError")
	FileNotFoundError         = excType("FileNotFoundError")
	FileExistsError           = excType("FileExistsError")
	PermissionError           = excType("PermissionError")
	IsADirectoryError         = excType("IsADirectoryError")
	NotADirectoryError        = excType("NotADirectoryError")
	TimeoutError              = excType("TimeoutError")
	InterruptedError          = excType("InterruptedError")
	BlockingIOError           = excType("BlockingIOError")
	ChildProcessError         = excType("ChildProcessError")
	ProcessLookupError        = excType("ProcessLookupError")
	ConnectionError           = excType("ConnectionError")
	BrokenPipeError           = excType("BrokenPipeError")
	ConnectionAbortedError    = excType("ConnectionAbortedError")
	ConnectionRefusedError    = excType("ConnectionRefusedError")
	ConnectionResetError      = excType("ConnectionResetError")
	ReferenceError            = excType("ReferenceError")
	RecursionError            = excType("RecursionError")
	SyntaxError               = excType("SyntaxError")
	IndentationError          = excType("IndentationError")
	TabError                  = excType("TabError")
	SystemError               = excType("SystemError")
	UnicodeError              = excType("UnicodeError")
	UnicodeTranslateError     = excType("UnicodeTranslateError")
	Warning                   = excType("Warning")
	UserWarning               = excType("UserWarning")
	DeprecationWarning        = excType("DeprecationWarning")
	PendingDeprecationWarning = excType("PendingDeprecationWarning")
	RuntimeWarning            = excType("RuntimeWarning")
	SyntaxWarning             = excType("SyntaxWarning")
	FutureWarning             = excType("FutureWarning")
	ImportWarning             = excType("ImportWarning")
	UnicodeWarning            = excType("UnicodeWarning")
	BytesWarning              = excType("BytesWarning")
	ResourceWarning           = excType("ResourceWarning")
	EncodingWarning           = excType("EncodingWarning")
	BaseExceptionGroup        = excType("BaseExceptionGroup")
	ExceptionGroup            = excType("ExceptionGroup")
)

func excType(name string) *Type { return &Type{Name: name, Module: "builtins", IsBuiltin: true} }

// excTable lists every builtin exception class with its base(s), parents
// first.
var excTable = []struct {
	t     *Type
	bases []*Type
}{
	{BaseException, []*Type{ObjectType}},
	{SystemExit, []*Type{BaseException}},
	{KeyboardInterrupt, []*Type{BaseException}},
	{GeneratorExit, []*Type{BaseException}},
	{Exception_, []*Type{BaseException}},
	{BaseExceptionGroup, []*Type{BaseException}},
	{ExceptionGroup, []*Type{BaseExceptionGroup, Exception_}},
	{StopIteration, []*Type{Exception_}},
	{StopAsyncIteration, []*Type{Exception_}},
	{ArithmeticError, []*Type{Exception_}},
	{FloatingPointError, []*Type{ArithmeticError}},
	{OverflowError, []*Type{ArithmeticError}},
	{ZeroDivisionError, []*Type{ArithmeticError}},
	{AssertionError, []*Type{Exception_}},
	{AttributeError, []*Type{Exception_}},
	{BufferError, []*Type{Exception_}},
	{EOFError, []*Type{Exception_}},
	{ImportError, []*Type{Exception_}},
	{ModuleNotFoundError, []*Type{ImportError}},
	{LookupError, []*Type{Exception_}},
	{IndexError, []*Type{LookupError}},
	{KeyError, []*Type{LookupError}},
	{MemoryError, []*Type{Exception_}},
	{NameError, []*Type{Exception_}},
	{UnboundLocalError, []*Type{NameError}},
	{OSError, []*Type{Exception_}},
	{BlockingIOError, []*Type{OSError}},
	{ChildProcessError, []*Type{OSError}},
	{ConnectionError, []*Type{OSError}},
	{BrokenPipeError, []*Type{ConnectionError}},
	{ConnectionAbortedError, []*Type{ConnectionError}},
	{ConnectionRefusedError, []*Type{ConnectionError}},
	{ConnectionResetError, []*Type{ConnectionError}},
	{FileExistsError, []*Type{OSError}},
	{FileNotFoundError, []*Type{OSError}},
	{InterruptedError, []*Type{OSError}},
	{IsADirectoryError, []*Type{OSError}},
	{NotADirectoryError, []*Type{OSError}},
	{PermissionError, []*Type{OSError}},
	{ProcessLookupError, []*Type{OSError}},
	{TimeoutError, []*Type{OSError}},
	{ReferenceError, []*Type{Exception_}},
	{RuntimeError, []*Type{Exception_}},
	{NotImplementedError, []*Type{RuntimeError}},
	{RecursionError, []*Type{RuntimeError}},
	{SyntaxError, []*Type{Exception_}},
	{IndentationError, []*Type{SyntaxError}},
	{TabError, []*Type{IndentationError}},
	{SystemError, []*Type{Exception_}},
	{TypeError, []*Type{Exception_}},
	{ValueError, []*Type{Exception_}},
	{UnicodeError, []*Type{ValueError}},
	{UnicodeDecodeError, []*Type{UnicodeError}},
	{UnicodeEncodeError, []*Type{UnicodeError}},
	{UnicodeTranslateError, []*Type{UnicodeError}},
	{Warning, []*Type{Exception_}},
	{BytesWarning, []*Type{Warning}},
	{DeprecationWarning, []*Type{Warning}},
	{EncodingWarning, []*Type{Warning}},
	{FutureWarning, []*Type{Warning}},
	{ImportWarning, []*Type{Warning}},
	{PendingDeprecationWarning, []*Type{Warning}},
	{ResourceWarning, []*Type{Warning}},
	{RuntimeWarning, []*Type{Warning}},
	{SyntaxWarning, []*Type{Warning}},
	{UnicodeWarning, []*Type{Warning}},
	{UserWarning, []*Type{Warning}},
}

// ExceptionTypes returns every builtin exception class (for the builtins
// module).
func ExceptionTypes() []*Type {
	out := make([]*Type, len(excTable))
	for i, e := range excTable {
		out[i] = e.t
	}
	return out
}

// Errorf returns a new exception of class cls whose single argument is the
// formatted message, e.g. Errorf(TypeError, "'%s' object is not iterable", name).
// With no args the format is the message itself (only "%%" is collapsed).
func Errorf(cls *Type, format string, args ...any) *Exception {
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	} else if strings.Contains(msg, "%%") {
		// Without arguments the format is used verbatim; "%%" still
		// means a single '%' as with fmt.Sprintf.
		msg = strings.ReplaceAll(msg, "%%", "%")
	}
	return &Exception{Class: cls, Args: NewTuple([]Object{NewStr(msg)})}
}

// NewException returns a new exception of class cls with the given args.
func NewException(cls *Type, args ...Object) *Exception {
	return &Exception{Class: cls, Args: NewTuple(append([]Object{}, args...))}
}

// IsInstance reports whether e is an instance of cls (or a subclass).
func (e *Exception) IsInstance(cls *Type) bool { return isSubtype(e.Class, cls) }

// excAttrs are the computed attributes of builtin exception classes.
var excAttrs = map[*Type]map[string]func(e *Exception) Object{}

func argOr(e *Exception, i int) Object {
	if e.Args != nil && i < len(e.Args.Items) {
		return e.Args.Items[i]
	}
	return None
}

func init() {
	for _, x := range excTable {
		x.t.Bases = x.bases
		builtinTypes = append(builtinTypes, x.t)
	}
	BaseException.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		e := &Exception{Class: cls, Args: NewTuple(append([]Object{}, args[:len(args)-len(kwnames)]...))}
		return e, nil
	}
	BaseException.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
		e := self.(*Exception)
		if len(kwnames) > 0 {
			return Errorf(TypeError, "%s() takes no keyword arguments", e.Class.Name)
		}
		e.Args = NewTuple(append([]Object{}, args...))
		return nil
	}
	BaseException.Repr = excRepr
	BaseException.Str = excStr
	BaseException.Hash = identityHash
	BaseException.GetAttr = excGetAttr
	BaseException.SetAttr = excSetAttr
	BaseException.AddMethod("with_traceback", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "with_traceback() takes exactly one argument (%d given)", len(args)-1)
		}
		e := args[0].(*Exception)
		if err := excSetAttr(t, e, "__traceback__", args[1]); err != nil {
			return nil, err
		}
		return e, nil
	})
	BaseException.AddMethod("add_note", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "add_note() takes exactly one argument (%d given)", len(args)-1)
		}
		e := args[0].(*Exception)
		if _, ok := args[1].(*Str); !ok {
			return nil, Errorf(TypeError, "note must be a str, not '%s'", TypeName(args[1]))
		}
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		notes, ok := e.Dict.GetStr("__notes__")
		if !ok {
			notes = NewList(nil)
			e.Dict.SetStr("__notes__", notes)
		}
		l, ok := notes.(*List)
		if !ok {
			return nil, Errorf(TypeError, "Cannot add note: __notes__ is not a list")
		}
		l.Items = append(l.Items, args[1])
		return None, nil
	})

	// Class-specific attributes and messages.
	excAttrs[StopIteration] = map[string]func(*Exception) Object{"value": func(e *Exception) Object { return argOr(e, 0) }}
	excAttrs[SystemExit] = map[string]func(*Exception) Object{"code": func(e *Exception) Object {
		if e.Args != nil && len(e.Args.Items) > 1 {
			return e.Args
		}
		return argOr(e, 0)
	}}
	noneAttr := func(e *Exception) Object { return None }
	excAttrs[ImportError] = map[string]func(*Exception) Object{"name": noneAttr, "path": noneAttr, "msg": func(e *Exception) Object {
		if e.Args != nil && len(e.Args.Items) == 1 {
			return e.Args.Items[0]
		}
		return None
	}}
	excAttrs[AttributeError] = map[string]func(*Exception) Object{"name": noneAttr, "obj": noneAttr}
	excAttrs[NameError] = map[string]func(*Exception) Object{"name": noneAttr}
	osArg := func(i int) func(e *Exception) Object {
		return func(e *Exception) Object {
			if e.Args != nil && len(e.Args.Items) >= 2 && len(e.Args.Items) <= 5 {
				return argOr(e, i)
			}
			return None
		}
	}
	excAttrs[OSError] = map[string]func(*Exception) Object{"errno": osArg(0), "strerror": osArg(1), "filename": noneAttr, "filename2": noneAttr}
	synArg := func(i int) func(e *Exception) Object {
		return func(e *Exception) Object {
			if i == -1 {
				return argOr(e, 0)
			}
			if e.Args != nil && len(e.Args.Items) == 2 {
				if tu, ok := e.Args.Items[1].(*Tuple); ok && i < len(tu.Items) {
					return tu.Items[i]
				}
			}
			return None
		}
	}
	excAttrs[SyntaxError] = map[string]func(*Exception) Object{"msg": synArg(-1), "filename": synArg(0), "lineno": synArg(1),
		"offset": synArg(2), "text": synArg(3), "end_lineno": synArg(4), "end_offset": synArg(5), "print_file_and_line": noneAttr}
	for _, c := range []*Type{UnicodeDecodeError, UnicodeEncodeError} {
		excAttrs[c] = map[string]func(*Exception) Object{"encoding": func(e *Exception) Object { return argOr(e, 0) },
			"object": func(e *Exception) Object { return argOr(e, 1) }, "start": func(e *Exception) Object { return argOr(e, 2) },
			"end": func(e *Exception) Object { return argOr(e, 3) }, "reason": func(e *Exception) Object { return argOr(e, 4) }}
	}
	excAttrs[BaseExceptionGroup] = map[string]func(*Exception) Object{"message": func(e *Exception) Object { return argOr(e, 0) },
		"exceptions": func(e *Exception) Object {
			if l, ok := argOr(e, 1).(*List); ok {
				return NewTuple(append([]Object(nil), l.Items...))
			}
			return argOr(e, 1)
		}}

	ImportError.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
		e := self.(*Exception)
		npos := len(args) - len(kwnames)
		for i, k := range kwnames {
			if k != "name" && k != "path" {
				return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", k, e.Class.Name)
			}
			if e.Dict == nil {
				e.Dict = NewDict()
			}
			e.Dict.SetStr(k, args[npos+i])
		}
		e.Args = NewTuple(append([]Object{}, args[:npos]...))
		return nil
	}
	OSError.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		npos := len(args) - len(kwnames)
		if cls == OSError && npos >= 2 {
			if n, ok := args[0].(Int); ok {
				if sub := errnoClass(int(n)); sub != nil {
					cls = sub
				}
			}
		}
		e := &Exception{Class: cls, Args: NewTuple(append([]Object{}, args[:npos]...))}
		osInit(e)
		return e, nil
	}
	OSError.Init = func(t *Thread, self Object, args []Object, kwnames []string) error {
		if len(kwnames) > 0 {
			return Errorf(TypeError, "%s() takes no keyword arguments", self.(*Exception).Class.Name)
		}
		e := self.(*Exception)
		e.Args = NewTuple(append([]Object{}, args...))
		osInit(e)
		return nil
	}
	BaseExceptionGroup.New = func(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
		if len(kwnames) > 0 {
			return nil, Errorf(TypeError, "%s() takes no keyword arguments", cls.Name)
		}
		if len(args) != 2 {
			return nil, Errorf(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
		}
		if _, ok := args[0].(*Str); !ok {
			return nil, Errorf(TypeError, "argument 1 must be str, not %s", TypeName(args[0]))
		}
		var excs []Object
		switch s := args[1].(type) {
		case *List:
			excs = s.Items
		case *Tuple:
			excs = s.Items
		default:
			return nil, Errorf(TypeError, "second argument (exceptions) must be a sequence")
		}
		if len(excs) == 0 {
			return nil, Errorf(ValueError, "second argument (exceptions) must be a non-empty sequence")
		}
		allExc := true
		for i, x := range excs {
			e, ok := x.(*Exception)
			if !ok {
				return nil, Errorf(ValueError, "Item %d of second argument (exceptions) is not an exception", i)
			}
			if !isSubtype(e.Class, Exception_) {
				allExc = false
			}
		}
		if cls == BaseExceptionGroup && allExc {
			cls = ExceptionGroup
		} else if isSubtype(cls, Exception_) && !allExc {
			if cls == ExceptionGroup {
				return nil, Errorf(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup")
			}
			return nil, Errorf(TypeError, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
		return &Exception{Class: cls, Args: NewTuple([]Object{args[0], NewList(append([]Object(nil), excs...))})}, nil
	}
	BaseExceptionGroup.Init = func(t *Thread, self Object, args []Object, kwnames []string) error { return nil }
	BaseExceptionGroup.Repr = func(t *Thread, o Object) (Object, error) {
		e := o.(*Exception)
		return excReprArgs(t, e, e.Args.Items)
	}
}

func osInit(e *Exception) {
	if len(e.Args.Items) >= 3 && len(e.Args.Items) <= 5 {
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		e.Dict.SetStr("filename", e.Args.Items[2])
		if len(e.Args.Items) >= 5 {
			e.Dict.SetStr("filename2", e.Args.Items[4])
		}
		e.Args = NewTuple(e.Args.Items[:2])
	}
}

// errnoClass maps an errno to the OSError subclass CPython picks.
func errnoClass(n int) *Type {
	switch n {
	case 2:
		return FileNotFoundError
	case 17:
		return FileExistsError
	case 13, 1:
		return PermissionError
	case 21:
		return IsADirectoryError
	case 20:
		return NotADirectoryError
	case 110:
		return TimeoutError
	case 4:
		return InterruptedError
	case 32:
		return BrokenPipeError
	case 111:
		return ConnectionRefusedError
	case 104:
		return ConnectionResetError
	case 103:
		return ConnectionAbortedError
	case 11:
		return BlockingIOError
	case 10:
		return ChildProcessError
	case 3:
		return ProcessLookupError
	}
	return nil
}

// excStr is BaseException.__str__ (with the class-specific forms).
func excStr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	args := e.Args.Items
	switch {
	case isSubtype(e.Class, KeyError):
		if len(args) == 1 {
			s, err := Repr(t, args[0])
			if err != nil {
				return nil, err
			}
			return NewStr(s), nil
		}
	case isSubtype(e.Class, OSError):
		errno, strerror := argOr(e, 0), argOr(e, 1)
		if len(args) == 2 {
			var fn Object = None
			if e.Dict != nil {
				if v, ok := e.Dict.GetStr("filename"); ok {
					fn = v
				}
			}
			es, err := StrOf(t, errno)
			if err != nil {
				return nil, err
			}
			ss, err := StrOf(t, strerror)
			if err != nil {
				return nil, err
			}
			if fn != None {
				fr, err := Repr(t, fn)
				if err != nil {
					return nil, err
				}
				return NewStr(fmt.Sprintf("[Errno %s] %s: %s", es, ss, fr)), nil
			}
			return NewStr(fmt.Sprintf("[Errno %s] %s", es, ss)), nil
		}
	case isSubtype(e.Class, SyntaxError):
		msg := argOr(e, 0)
		ms, err := StrOf(t, msg)
		if err != nil {
			return nil, err
		}
		if msg == None {
			ms = "None"
		}
		fn, ln := excGetAttrSimple(e, "filename"), excGetAttrSimple(e, "lineno")
		fs, haveF := fn.(*Str)
		li, haveL := ln.(Int)
		switch {
		case haveF && haveL:
			return NewStr(fmt.Sprintf("%s (%s, line %d)", ms, baseName(fs.S), li)), nil
		case haveF:
			return NewStr(fmt.Sprintf("%s (%s)", ms, baseName(fs.S))), nil
		case haveL:
			return NewStr(fmt.Sprintf("%s (line %d)", ms, li)), nil
		}
		return NewStr(ms), nil
	case isSubtype(e.Class, UnicodeDecodeError) && len(args) == 5:
		enc, _ := StrOf(t, args[0])
		start, _ := args[2].(Int)
		end, _ := args[3].(Int)
		reason, _ := StrOf(t, args[4])
		if b, ok := args[1].(interface{ Bytes() []byte }); ok && end == start+1 && int(start) < len(b.Bytes()) {
			return NewStr(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b.Bytes()[start], start, reason)), nil
		}
		return NewStr(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason)), nil
	case isSubtype(e.Class, UnicodeEncodeError) && len(args) == 5:
		enc, _ := StrOf(t, args[0])
		start, _ := args[2].(Int)
		end, _ := args[3].(Int)
		reason, _ := StrOf(t, args[4])
		if s, ok := args[1].(*Str); ok && end == start+1 {
			rs := []rune(s.S)
			if int(start) < len(rs) {
				c := rs[start]
				var cs string
				switch {
				case c < 0x100:
					cs = fmt.Sprintf("\\x%02x", c)
				case c < 0x10000:
					cs = fmt.Sprintf("\\u%04x", c)
				default:
					cs = fmt.Sprintf("\\U%08x", c)
				}
				return NewStr(fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, cs, start, reason)), nil
			}
		}
		return NewStr(fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason)), nil
	case isSubtype(e.Class, BaseExceptionGroup) && len(args) == 2:
		msg, _ := StrOf(t, args[0])
		n := 0
		if l, ok := args[1].(*List); ok {
			n = len(l.Items)
		}
		suffix := "s"
		if n == 1 {
			suffix = ""
		}
		return NewStr(fmt.Sprintf("%s (%d sub-exception%s)", msg, n, suffix)), nil
	case isSubtype(e.Class, ImportError):
		if e.Dict != nil {
			if m, ok := e.Dict.GetStr("msg"); ok && m != None {
				return StrObj(t, m)
			}
		}
	}
	switch len(args) {
	case 0:
		return NewStr(""), nil
	case 1:
		return StrObj(t, args[0])
	}
	return StrObj(t, e.Args)
}

func baseName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

func excRepr(t *Thread, o Object) (Object, error) {
	e := o.(*Exception)
	return excReprArgs(t, e, e.Args.Items)
}

func excReprArgs(t *Thread, e *Exception, args []Object) (Object, error) {
	var sb strings.Builder
	sb.WriteString(e.Class.Name)
	sb.WriteByte('(')
	for i, a := range args {
		if i > 0 {
			sb.WriteString(", ")
		}
		r, err := Repr(t, a)
		if err != nil {
			return nil, err
		}
		sb.WriteString(r)
	}
	sb.WriteByte(')')
	return NewStr(sb.String()), nil
}

// excGetAttrSimple returns a special attribute without running code.
func excGetAttrSimple(e *Exception, name string) Object {
	if e.Dict != nil {
		if v, ok := e.Dict.GetStr(name); ok {
			return v
		}
	}
	for _, c := range e.Class.MRO {
		if m, ok := excAttrs[c]; ok {
			if f, ok := m[name]; ok {
				return f(e)
			}
		}
	}
	return nil
}

func excGetAttr(t *Thread, o Object, name string) (Object, error) {
	e := o.(*Exception)
	switch name {
	case "args":
		return e.Args, nil
	case "__traceback__":
		if e.Traceback == nil {
			return None, nil
		}
		return e.Traceback, nil
	case "__cause__":
		if e.Cause == nil {
			return None, nil
		}
		return e.Cause, nil
	case "__context__":
		if e.Context == nil {
			return None, nil
		}
		return e.Context, nil
	case "__suppress_context__":
		return MakeBool(e.SuppressContext), nil
	case "__dict__":
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return e.Dict, nil
	}
	// Data descriptors (properties) on user subclasses come first.
	if v := excGetAttrSimple(e, name); v != nil {
		if e.Dict != nil {
			if _, ok := e.Dict.GetStr(name); ok {
				return v, nil
			}
		}
		if d := lookupType(e.Class, name); d == nil {
			return v, nil
		}
	}
	return genericGetAttr(t, o, name)
}

func excSetAttr(t *Thread, o Object, name string, v Object) error {
	e := o.(*Exception)
	switch name {
	case "args":
		if v == nil {
			return Errorf(TypeError, "args may not be deleted")
		}
		items, err := ToSlice(t, v)
		if err != nil {
			return err
		}
		e.Args = NewTuple(items)
		return nil
	case "__traceback__":
		switch tb := v.(type) {
		case *Traceback:
			e.Traceback = tb
		case *NoneType:
			e.Traceback = nil
		default:
			return Errorf(TypeError, "__traceback__ must be a traceback or None")
		}
		return nil
	case "__cause__":
		if v == nil || v == None {
			e.Cause = nil
		} else if _, ok := v.(*Exception); !ok {
			return Errorf(TypeError, "exception cause must be None or derive from BaseException")
		} else {
			e.Cause = v
		}
		e.SuppressContext = true
		return nil
	case "__context__":
		if v == nil || v == None {
			e.Context = nil
		} else if _, ok := v.(*Exception); !ok {
			return Errorf(TypeError, "exception context must be None or derive from BaseException")
		} else {
			e.Context = v
		}
		return nil
	case "__suppress_context__":
		b, err := Truthy(t, v)
		if err != nil {
			return err
		}
		e.SuppressContext = b
		return nil
	}
	return genericSetAttr(t, o, name, v)
}

// excMatches reports whether exception e matches the class or tuple of
// classes of an except clause.
func excMatches(t *Thread, e *Exception, spec Object) (bool, error) {
	switch s := spec.(type) {
	case *Type:
		if !isSubtype(s, BaseException) {
			return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
		}
		return isSubtype(e.Class, s), nil
	case *Tuple:
		for _, x := range s.Items {
			c, ok := x.(*Type)
			if !ok || !isSubtype(c, BaseException) {
				return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
			}
		}
		for _, x := range s.Items {
			if isSubtype(e.Class, x.(*Type)) {
				return true, nil
			}
		}
		return false, nil
	}
	return false, Errorf(TypeError, "catching classes that do not inherit from BaseException is not allowed")
}

// toException converts any error to an *Exception (a non-pyco Go error
// becomes a SystemError).
func toException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemError, "internal error: %v", err)
}

func init() {
	TracebackType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		tb := o.(*Traceback)
		switch name {
		case "tb_next":
			if tb.Next == nil {
				return None, nil
			}
			return tb.Next, nil
		case "tb_lineno":
			return MakeInt(int64(tb.Line)), nil
		case "tb_lasti":
			return MakeInt(int64(tb.Lasti * 2)), nil
		case "tb_frame":
			return tb.Frame, nil
		}
		return genericGetAttr(t, o, name)
	}
}
