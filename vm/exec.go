package vm

// This file defines the public entry points that run pyco programs: the
// Interpreter, Main (what `pyco file.py` does), Exec/Eval for the REPL and
// exec()/eval(), and the eval breaker (Interrupt).

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"sync/atomic"
	"time"

	"pyco/compiler"
	"pyco/parser"
)

// Options configure a new Interpreter.
type Options struct {
	Argv   []string  // sys.argv
	Path   []string  // sys.path (the script's directory first)
	Stdin  io.Reader // or nil for os.Stdin
	Stdout io.Writer // or nil for os.Stdout
	Stderr io.Writer // or nil for os.Stderr
	// Timeout, when positive, limits the running time from the
	// interpreter's creation: once it has passed, every eval-breaker check
	// (backward jumps, calls) raises KeyboardInterrupt("execution time
	// limit exceeded"), so even code that catches it stops (limits.go).
	Timeout time.Duration
}

// An Interpreter is one pyco runtime: its modules, builtins and sys state.
//
// The stdlib's sys module reads and writes the exported fields: Argv and
// Path are the pyco lists sys.argv and sys.path, Modules is sys.modules,
// and Sys is the sys module itself, created by the interpreter with the
// core attributes (argv, path, modules, stdin, stdout, stderr, exc_info,
// getrecursionlimit, setrecursionlimit, exit, _getframe, maxsize...). A
// module registered under the name "sys" with RegisterModule is run on
// that same module object at start-up to add the rest.
type Interpreter struct {
	Builtins *Module // the builtins module
	Sys      *Module // the sys module
	Modules  *Dict   // sys.modules
	Argv     *List   // sys.argv
	Path     *List   // sys.path

	// Stdin, Stdout and Stderr are the original standard streams as pyco
	// file objects (sys.__stdout__...). print() writes to sys.stdout.
	Stdin, Stdout, Stderr Object

	stdout *bufio.Writer
	stderr io.Writer
	stdin  *bufio.Reader

	recursionLimit int
	pending        int32         // eval breaker: breakInterrupt | breakFinalize | breakTimeout bits
	interrupts     chan struct{} // Interrupt's wake-up for a blocked stdin read
	timeout        *time.Timer   // sets breakTimeout (Options.Timeout); or nil

	// gens tracks suspended generators to close when collected or at
	// exit (genfinal.go).
	gens       genTracker
	unawaited  unawaitedTracker // unawaited.go
	gensExited int32            // set at exit: the GC sentinel stops (genfinal.go)

	main *Thread

	// sources maps a filename to its source lines, for tracebacks.
	sources map[string][]string
}

// NewInterpreter returns a ready interpreter.
func NewInterpreter(opts Options) *Interpreter {
	finishBuiltinTypes()
	startGCPolicy()
	in := &Interpreter{recursionLimit: 1000, sources: map[string][]string{}}
	out := opts.Stdout
	if out == nil {
		out = os.Stdout
	}
	errw := opts.Stderr
	if errw == nil {
		errw = os.Stderr
	}
	inr := opts.Stdin
	if inr == nil {
		inr = os.Stdin
	}
	in.stdout = bufio.NewWriterSize(out, 64<<10)
	in.stderr = errw
	in.interrupts = make(chan struct{}, 1)
	if _, ok := inr.(InterruptHandlingReader); !ok {
		inr = &interruptibleReader{r: inr, in: in}
	}
	in.stdin = bufio.NewReader(inr)
	in.Stdout = newStdStream("<stdout>", "w", in.stdout, in.stdout)
	in.Stderr = newStdStream("<stderr>", "w", errw, nil)
	in.Stdin = newStdInStream(in.stdin, in)
	in.main = in.NewThread()
	in.armTimeout(opts.Timeout)

	argv := make([]Object, len(opts.Argv))
	for i, a := range opts.Argv {
		argv[i] = NewStr(a)
	}
	if len(argv) == 0 {
		argv = []Object{NewStr("")}
	}
	in.Argv = NewList(argv)
	path := make([]Object, len(opts.Path))
	for i, p := range opts.Path {
		path[i] = NewStr(p)
	}
	in.Path = NewList(path)
	in.Modules = NewDict()
	in.Builtins = newBuiltinsModule(in)
	in.Modules.SetStr("builtins", in.Builtins)
	in.Sys = newSysModule(in)
	in.Modules.SetStr("sys", in.Sys)
	if init, ok := registry["sys"]; ok && init.native != nil {
		if err := init.native(in.main, in.Sys); err != nil {
			fmt.Fprintf(in.stderr, "pyco: initialising sys: %v\n", err)
		}
	}
	return in
}

// MainThread returns the interpreter's main thread.
func (in *Interpreter) MainThread() *Thread { return in.main }

// Interrupt asks the running code to raise KeyboardInterrupt at its next
// eval-breaker check (a backward jump or a call). It is safe to call from
// any goroutine (a SIGINT handler).
func (in *Interpreter) Interrupt() {
	atomic.OrInt32(&in.pending, breakInterrupt)
	// Wake a read of stdin blocked in Go (stdin_reader.go).
	select {
	case in.interrupts <- struct{}{}:
	default:
	}
}

// handleBreaker is called by the loop when the eval breaker is set: it
// closes the collected generators queued by their cleanups, then raises a
// pending KeyboardInterrupt, or the running-time limit's (limits.go).
func (in *Interpreter) handleBreaker() error {
	v := atomic.SwapInt32(&in.pending, 0)
	if v&breakTimeout != 0 {
		atomic.OrInt32(&in.pending, breakTimeout) // it stays set
	}
	if v&breakFinalize != 0 {
		in.runFinalizers(in.main)
	}
	if v&breakInterrupt != 0 {
		return NewException(KeyboardInterrupt)
	}
	if v&breakTimeout != 0 {
		return in.timeoutError()
	}
	return nil
}

// RecursionLimit returns sys.getrecursionlimit().
func (in *Interpreter) RecursionLimit() int { return in.recursionLimit }

// SetRecursionLimit implements sys.setrecursionlimit(n).
func (in *Interpreter) SetRecursionLimit(n int) { in.recursionLimit = n }

// FlushStdout flushes the buffered standard output.
func (in *Interpreter) FlushStdout() error { return in.stdout.Flush() }

// Compile parses and compiles src. mode is "exec", "eval" or "single";
// "single-await" is "single" with top-level await allowed (the REPL's
// mode, CPython's PyCF_ALLOW_TOP_LEVEL_AWAIT): an input that awaits
// compiles to coroutine code, which RunCode returns as a coroutine.
// The error is a *parser.Error for syntax errors.
func (in *Interpreter) Compile(filename string, src []byte, mode string) (*Code, error) {
	in.sources[filename] = splitLines(string(src))
	var mod *parser.Module
	var err error
	cm := compiler.ModeExec
	switch mode {
	case "single", "single-await":
		mod, err = parser.ParseInteractive(filename, src)
		cm = compiler.ModeInteractive
		if mode == "single-await" {
			cm = compiler.ModeInteractiveAsync
		}
	case "eval":
		mod, err = parser.ParseFile(filename, src)
		cm = compiler.ModeEval
	default:
		mod, err = parser.ParseFile(filename, src)
	}
	if err != nil {
		return nil, err
	}
	c, err := compiler.CompileSource(mod, src, cm)
	if err != nil {
		return nil, err
	}
	return NewCode(c), nil
}

func splitLines(s string) []string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, "\r")
	}
	return lines
}

// syntaxErrorObject converts a parser error to a pyco SyntaxError.
func syntaxErrorObject(pe *parser.Error) *Exception {
	cls := SyntaxError
	switch pe.Kind {
	case "IndentationError":
		cls = IndentationError
	case "TabError":
		cls = TabError
	}
	var text Object = None
	if pe.Text != "" {
		text = NewStr(pe.Text + "\n")
	}
	endCol := pe.EndCol
	if endCol == 0 {
		endCol = pe.Pos.Col
	}
	details := NewTuple([]Object{NewStr(pe.Filename), MakeInt(int64(pe.Pos.Line)), MakeInt(int64(pe.Pos.Col)), text,
		MakeInt(int64(pe.Pos.Line)), MakeInt(int64(endCol))})
	return NewException(cls, NewStr(pe.Msg), details)
}

// compileError converts a Compile error to an exception.
func compileErrorException(err error) *Exception {
	if pe, ok := err.(*parser.Error); ok {
		return syntaxErrorObject(pe)
	}
	return toException(err)
}

// NewModuleDict returns a fresh namespace for a module named name, with
// __name__, __builtins__ and __file__ (when file is not "").
func (in *Interpreter) NewModuleDict(name, file string) *Dict {
	d := NewDict()
	d.SetStr("__name__", NewStr(name))
	d.SetStr("__doc__", None)
	d.SetStr("__builtins__", in.Builtins)
	if file != "" {
		d.SetStr("__file__", NewStr(file))
	}
	return d
}

// RunCode runs a module-level code object with the given globals and
// locals (locals may equal globals). Code compiled as a coroutine (a
// "single-await" input that awaits) is not run: RunCode returns the
// coroutine object, as CPython's eval() does.
func (t *Thread) RunCode(c *Code, globals, locals *Dict) (Object, error) {
	builtins := t.Interp.Builtins.Dict
	if b, ok := globals.GetStr("__builtins__"); ok {
		switch b := b.(type) {
		case *Module:
			builtins = b.Dict
		case *Dict:
			builtins = b
		}
	} else {
		globals.SetStr("__builtins__", t.Interp.Builtins)
	}
	f := t.newFrame(c, globals, builtins)
	f.Locals = locals
	if c.isGen {
		return newGenerator(t, f, NewFunction(t, c, globals)), nil
	}
	return t.runFrame(f)
}

// Exec compiles and runs src in the namespace globals (the REPL uses mode
// "single", which prints expression values).
func (in *Interpreter) Exec(t *Thread, filename string, src []byte, mode string, globals *Dict) (Object, error) {
	c, err := in.Compile(filename, src, mode)
	if err != nil {
		return nil, compileErrorException(err)
	}
	return t.RunCode(c, globals, globals)
}

// Main runs src (read from filename) as the __main__ module the way
// `python3 file` does: it prints a SyntaxError or an uncaught exception's
// traceback to stderr, handles SystemExit, flushes sys.stdout and
// sys.stderr, and returns the process exit status.
func (in *Interpreter) Main(filename string, src []byte) (status int) {
	if p := os.Getenv("PYCO_CPUPROFILE"); p != "" {
		if fh, err := os.Create(p); err == nil {
			pprof.StartCPUProfile(fh)
			defer func() {
				pprof.StopCPUProfile()
				fh.Close()
			}()
		}
	}
	if p := os.Getenv("PYCO_MEMPROFILE"); p != "" {
		// A heap profile of the run: sampled allocations and, as of the
		// last GC cycle before exit, the live heap.
		runtime.MemProfileRate = 4096
		defer func() {
			if fh, err := os.Create(p); err == nil {
				pprof.Lookup("heap").WriteTo(fh, 0)
				fh.Close()
			}
		}()
	}
	t := in.main
	defer in.stopTimeout()
	defer func() {
		if r := recover(); r != nil {
			in.stdout.Flush()
			fmt.Fprintf(in.stderr, "Traceback (most recent call last):\n")
			for f := t.frame; f != nil; f = f.back {
				fmt.Fprintf(in.stderr, "  File \"%s\", line %d, in %s\n", f.Code.C.Filename, f.Line(), f.Code.C.Name)
			}
			fmt.Fprintf(in.stderr, "SystemError: internal error: %v\n", r)
			if os.Getenv("PYCO_DEBUG") != "" {
				fmt.Fprintf(in.stderr, "%s\n", debug.Stack())
			}
			status = 1
		}
	}()
	c, err := in.Compile(filename, src, "exec")
	if err != nil {
		in.stdout.Flush()
		in.PrintException(t, compileErrorException(err))
		return 1
	}
	mod := &Module{Name: "__main__", Dict: in.NewModuleDict("__main__", filename), File: filename}
	in.Modules.SetStr("__main__", mod)
	_, err = t.RunCode(c, mod.Dict, mod.Dict)
	status = 0
	if err != nil {
		status = in.HandleUncaught(t, toException(err))
	}
	// As CPython does at shutdown, warn about coroutines never awaited
	// (unawaited.go) and close the generators still suspended.
	in.unawaitedAtExit(t)
	in.closeAtExit(t)
	if ferr := in.flushStdout(t); ferr != nil && status == 0 {
		status = 120
	}
	return status
}

// flushStdout flushes sys.stdout (and our buffer).
func (in *Interpreter) flushStdout(t *Thread) error {
	if out, ok := in.Sys.Dict.GetStr("stdout"); ok && out != in.Stdout {
		if m, err := GetAttrOpt(t, out, "flush"); err == nil && m != nil {
			t.Call(m, nil, nil)
		}
	}
	return in.stdout.Flush()
}

// HandleUncaught handles an exception that escaped the main module: it
// implements SystemExit and prints any other exception's traceback, and
// returns the exit status.
func (in *Interpreter) HandleUncaught(t *Thread, e *Exception) int {
	if isSubtype(e.Class, SystemExit) {
		code := excGetAttrSimple(e, "code")
		switch c := code.(type) {
		case nil, *NoneType:
			return 0
		case Int:
			return int(c) & 0xff
		case Bool:
			if c {
				return 1
			}
			return 0
		default:
			in.flushStdout(t)
			s, err := StrOf(t, c)
			if err == nil {
				in.writeStderr(t, s+"\n")
			}
			return 1
		}
	}
	in.flushStdout(t)
	in.PrintException(t, e)
	if isSubtype(e.Class, KeyboardInterrupt) {
		return 130
	}
	return 1
}

// writeStderr writes s to sys.stderr.
func (in *Interpreter) writeStderr(t *Thread, s string) {
	if errObj, ok := in.Sys.Dict.GetStr("stderr"); ok && errObj != in.Stderr {
		if _, err := CallMethod(t, errObj, "write", []Object{NewStr(s)}, nil); err == nil {
			return
		}
	}
	io.WriteString(in.stderr, s)
}
