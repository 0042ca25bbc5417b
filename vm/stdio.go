package vm

// This file defines the standard stream objects (sys.stdin, sys.stdout,
// sys.stderr): minimal text files over Go readers and writers.

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// A StdStream is a text stream over a Go writer (stdout, stderr) or reader
// (stdin).
type StdStream struct {
	Name  string
	Mode  string
	w     io.Writer
	flush *bufio.Writer // or nil
	r     *bufio.Reader // stdin
	in    *Interpreter
	// partial holds what a read interrupted by Ctrl-C had already taken
	// from r (stdin_reader.go); the next read starts with it.
	partial string
}

// StdStreamType is the type of the standard streams.
var StdStreamType = &Type{Name: "TextIOWrapper", Module: "_io", IsBuiltin: true, NoSubclass: true}

// Type returns _io.TextIOWrapper.
func (s *StdStream) Type() *Type { return StdStreamType }

func newStdStream(name, mode string, w io.Writer, flush *bufio.Writer) *StdStream {
	return &StdStream{Name: name, Mode: mode, w: w, flush: flush}
}

func newStdInStream(r *bufio.Reader, in *Interpreter) *StdStream {
	return &StdStream{Name: "<stdin>", Mode: "r", r: r, in: in}
}

// WriteString writes s to the stream.
func (s *StdStream) WriteString(str string) error {
	if s.w == nil {
		return Errorf(OSError, "not writable")
	}
	_, err := io.WriteString(s.w, str)
	if err != nil {
		return osErr(err)
	}
	return nil
}

// ReadLine reads one line including its newline ("" at EOF).
func (s *StdStream) ReadLine() (string, error) {
	if s.r == nil {
		return "", Errorf(OSError, "not readable")
	}
	if s.in != nil {
		s.in.stdout.Flush()
	}
	line, err := s.r.ReadString('\n')
	if s.partial != "" {
		line, s.partial = s.partial+line, ""
	}
	if err != nil && err != io.EOF {
		return "", s.readError(line, err)
	}
	return line, nil
}

// readError converts the error of a read of stdin that took partial
// first: an interrupted read keeps partial for the next read and raises
// KeyboardInterrupt (or whatever the eval breaker has pending).
func (s *StdStream) readError(partial string, err error) error {
	if err == errInterrupted {
		s.partial = partial
		if e := s.in.handleBreaker(); e != nil {
			return e
		}
		return NewException(KeyboardInterrupt)
	}
	return osErr(err)
}

func osErr(err error) *Exception {
	msg := err.Error()
	if strings.Contains(msg, "broken pipe") {
		return NewException(BrokenPipeError, MakeInt(32), NewStr("Broken pipe"))
	}
	return Errorf(OSError, "%s", msg)
}

func streamArg(args []Object) *StdStream { return args[0].(*StdStream) }

func init() {
	builtinTypes = append(builtinTypes, StdStreamType)
	StdStreamType.Repr = func(t *Thread, o Object) (Object, error) {
		s := o.(*StdStream)
		return NewStr(fmt.Sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s.Name, s.Mode)), nil
	}
	StdStreamType.AddMethod("write", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "write() takes exactly one argument (%d given)", len(args)-1)
		}
		str, ok := args[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "write() argument must be str, not %s", TypeName(args[1]))
		}
		s := streamArg(args)
		if err := s.WriteString(str.S); err != nil {
			return nil, err
		}
		if s.flush == nil && s.in == nil && t != nil && t.Interp != nil {
			// stderr is unbuffered
		}
		return MakeInt(int64(len([]rune(str.S)))), nil
	})
	StdStreamType.AddMethod("flush", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if s := streamArg(args); s.flush != nil {
			if err := s.flush.Flush(); err != nil {
				return nil, osErr(err)
			}
		}
		return None, nil
	})
	StdStreamType.AddMethod("readline", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		l, err := streamArg(args).ReadLine()
		if err != nil {
			return nil, err
		}
		return NewStr(l), nil
	})
	StdStreamType.AddMethod("read", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		s := streamArg(args)
		if s.r == nil {
			return nil, Errorf(OSError, "not readable")
		}
		b, err := io.ReadAll(s.r)
		str := string(b)
		if s.partial != "" {
			str, s.partial = s.partial+str, ""
		}
		if err != nil {
			return nil, s.readError(str, err)
		}
		return NewStr(str), nil
	})
	StdStreamType.AddMethod("readlines", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		s := streamArg(args)
		var out []Object
		for {
			l, err := s.ReadLine()
			if err != nil {
				return nil, err
			}
			if l == "" {
				break
			}
			out = append(out, NewStr(l))
		}
		return NewList(out), nil
	})
	StdStreamType.AddMethod("fileno", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		switch streamArg(args).Name {
		case "<stdin>":
			return MakeInt(0), nil
		case "<stdout>":
			return MakeInt(1), nil
		}
		return MakeInt(2), nil
	})
	StdStreamType.AddMethod("isatty", func(t *Thread, args []Object, kwnames []string) (Object, error) { return False, nil })
	StdStreamType.AddMethod("readable", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return MakeBool(streamArg(args).r != nil), nil
	})
	StdStreamType.AddMethod("writable", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return MakeBool(streamArg(args).w != nil), nil
	})
	StdStreamType.AddMethod("close", func(t *Thread, args []Object, kwnames []string) (Object, error) { return None, nil })
	StdStreamType.AddMethod("__enter__", func(t *Thread, args []Object, kwnames []string) (Object, error) { return args[0], nil })
	StdStreamType.AddMethod("__exit__", func(t *Thread, args []Object, kwnames []string) (Object, error) { return None, nil })
	StdStreamType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	StdStreamType.Next = func(t *Thread, o Object) (Object, error) {
		l, err := o.(*StdStream).ReadLine()
		if err != nil || l == "" {
			return nil, err
		}
		return NewStr(l), nil
	}
	StdStreamType.GetAttr = func(t *Thread, o Object, name string) (Object, error) {
		s := o.(*StdStream)
		switch name {
		case "name":
			return NewStr(s.Name), nil
		case "mode":
			return NewStr(s.Mode), nil
		case "encoding":
			return NewStr("utf-8"), nil
		case "errors":
			return NewStr("strict"), nil
		case "closed":
			return False, nil
		case "buffer":
			return o, nil
		}
		return genericGetAttr(t, o, name)
	}
}
