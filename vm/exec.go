package vm

// This file defines the public entry points that run pyco programs.

import "io"

// Options configure a new Interpreter.
type Options struct {
	Argv   []string  // sys.argv
	Path   []string  // sys.path (the script's directory first)
	Stdin  io.Reader // or nil for os.Stdin
	Stdout io.Writer // or nil for os.Stdout
	Stderr io.Writer // or nil for os.Stderr
}

// An Interpreter is one pyco runtime: its modules, builtins and sys state.
type Interpreter struct {
	// TODO(core)
}

// NewInterpreter returns a ready interpreter.
func NewInterpreter(opts Options) *Interpreter { panic("TODO(core)") }

// Main runs src (read from filename) as the __main__ module the way
// `python3 file` does: it prints a SyntaxError or an uncaught exception's
// traceback to stderr, handles SystemExit, flushes sys.stdout and
// sys.stderr, and returns the process exit status.
func (in *Interpreter) Main(filename string, src []byte) int { panic("TODO(core)") }
