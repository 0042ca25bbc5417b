package main

// This file defines the interactive session (the REPL's logic) on plain
// readers and writers, so that it is testable without a terminal: when an
// input is complete, running it with top-level await on the session's
// persistent event loop, echo and _, error reports that leave the state
// intact, Ctrl-C and Ctrl-D, and tab completion. The readline glue is in
// terminal.go.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sort"
	"strings"
	"unicode"

	"pyco/parser"
	"pyco/stdlib"
	"pyco/stdlib/asyncio"
	"pyco/vm"
)

// stdinName is the file name of REPL inputs in tracebacks.
const stdinName = "<stdin>"

// errInterrupt is what a lineSource returns for Ctrl-C at a prompt.
var errInterrupt = errors.New("interrupt")

// A lineSource reads one line of input after showing prompt: the
// terminal (readline) or, without one, a plain reader. It returns the
// line without its newline, errInterrupt for Ctrl-C and io.EOF at the end
// (Ctrl-D on an empty line).
type lineSource interface {
	readLine(prompt string) (string, error)
}

// banner returns the two lines printed when a terminal session starts.
func banner() string {
	return fmt.Sprintf("pyco %s (Python %s compatible) on %s\n"+
		"Type \"exit()\" or press Ctrl-D to exit; \"await\" works at the prompt.\n",
		stdlib.Version, pythonMajorMinor(), runtime.GOOS)
}

// pythonMajorMinor is "3.11" for PythonVersion "3.11.7".
func pythonMajorMinor() string {
	v := stdlib.PythonVersion
	if i := strings.IndexByte(v, '.'); i >= 0 {
		if j := strings.IndexByte(v[i+1:], '.'); j >= 0 {
			return v[:i+1+j]
		}
	}
	return v
}

// A session is one interactive session: the namespace its inputs run in,
// the lines of the input being typed, and the event loop that persists
// for the session.
type session struct {
	in      *vm.Interpreter
	t       *vm.Thread
	globals *vm.Dict
	runner  *asyncio.Runner
	stderr  io.Writer // for the session's own messages (KeyboardInterrupt at the prompt)

	lines []string // the input so far; empty at a >>> prompt

	exited bool // an input raised SystemExit
	status int  // the exit status once exited
}

// newSession returns a session running its inputs in globals (a
// __main__ namespace) of interpreter in.
func newSession(in *vm.Interpreter, globals *vm.Dict, stderr io.Writer) *session {
	t := in.MainThread()
	s := &session{in: in, t: t, globals: globals, runner: asyncio.NewRunner(t), stderr: stderr}
	sys := in.Sys.Dict
	if _, ok := sys.GetStr("ps1"); !ok {
		sys.SetStr("ps1", vm.NewStr(">>> "))
	}
	if _, ok := sys.GetStr("ps2"); !ok {
		sys.SetStr("ps2", vm.NewStr("... "))
	}
	s.installQuitters()
	return s
}

// newMainSession returns a session on a fresh __main__ module of in.
func newMainSession(in *vm.Interpreter, stderr io.Writer) *session {
	d := in.NewModuleDict("__main__", "")
	in.Modules.SetStr("__main__", &vm.Module{Name: "__main__", Dict: d})
	return newSession(in, d, stderr)
}

// quitters is the source of exit and quit, which CPython's site module
// adds to builtins.
const quitters = `
class Quitter:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Use %s() or Ctrl-D (i.e. EOF) to exit' % self.name
    def __call__(self, code=None):
        raise SystemExit(code)
exit = Quitter('exit')
quit = Quitter('quit')
`

// installQuitters adds exit and quit to builtins unless they exist.
func (s *session) installQuitters() {
	b := s.in.Builtins.Dict
	if _, ok := b.GetStr("exit"); ok {
		return
	}
	d := s.in.NewModuleDict("site", "")
	if _, err := s.in.Exec(s.t, "<site>", []byte(quitters), "exec", d); err != nil {
		return
	}
	for _, name := range []string{"exit", "quit"} {
		if v, ok := d.GetStr(name); ok {
			b.SetStr(name, v)
		}
	}
}

// prompt returns str(sys.ps1) or str(sys.ps2), as the next line starts
// a new input or continues one.
func (s *session) prompt() string {
	name, def := "ps1", ">>> "
	if len(s.lines) > 0 {
		name, def = "ps2", "... "
	}
	v, ok := s.in.Sys.Dict.GetStr(name)
	if !ok {
		return def
	}
	str, err := vm.StrOf(s.t, v)
	if err != nil {
		return def
	}
	return str
}

// push adds one line to the input. When the input is complete it runs it
// and reports false; it reports true when more lines are needed (an open
// compound statement, bracket or triple-quoted string, or a trailing
// backslash).
func (s *session) push(line string) (more bool) {
	s.lines = append(s.lines, line)
	src := strings.Join(s.lines, "\n") + "\n"
	if parser.Incomplete([]byte(src)) {
		return true
	}
	s.lines = nil
	s.runSource(src)
	return false
}

// resetInput discards the lines typed so far (Ctrl-C at a prompt) and
// says KeyboardInterrupt, as CPython does.
func (s *session) resetInput() {
	s.lines = nil
	io.WriteString(s.stderr, "KeyboardInterrupt\n")
}

// interrupt raises KeyboardInterrupt into the running input (cancelling
// the task it awaits). Safe from any goroutine: the SIGINT handler.
func (s *session) interrupt() { s.runner.Interrupt() }

// runSource compiles and runs one complete input in the session's
// namespace and reports its errors; a SystemExit ends the session.
func (s *session) runSource(src string) {
	if strings.TrimSpace(src) == "" {
		return
	}
	_, err := s.runner.Run(func() (vm.Object, error) {
		return s.in.Exec(s.t, stdinName, []byte(src), "single-await", s.globals)
	})
	// CPython shows no source lines for <stdin> frames (each input
	// replaces the last): forget this input's text.
	s.in.SetSource(stdinName, nil)
	s.in.FlushStdout()
	if err == nil && s.in.TakeInterrupt() {
		// Ctrl-C came in input() or after the last eval-breaker check.
		err = vm.NewException(vm.KeyboardInterrupt)
	}
	if err != nil {
		s.report(err)
	}
}

// report prints an input's error, or ends the session on SystemExit.
func (s *session) report(err error) {
	e, ok := err.(*vm.Exception)
	if !ok {
		fmt.Fprintf(s.stderr, "pyco: %v\n", err)
		return
	}
	if e.IsInstance(vm.SystemExit) {
		s.exited = true
		s.status = s.in.HandleUncaught(s.t, e)
		return
	}
	s.in.PrintException(s.t, e)
}

// interact runs the read-eval-print loop on src until Ctrl-D or
// SystemExit, and returns the exit status.
func (s *session) interact(src lineSource) int {
	for !s.exited {
		line, err := src.readLine(s.prompt())
		switch {
		case err == errInterrupt:
			s.resetInput()
			continue
		case err == io.EOF:
			return 0
		case err != nil:
			fmt.Fprintf(s.stderr, "pyco: %v\n", err)
			return 1
		}
		s.push(line)
	}
	return s.status
}

// --- Input that is not a terminal ---

// A plainSource reads lines from a reader, writing the prompts to
// prompts (stderr, as CPython does), for `pyco -i` without a terminal.
type plainSource struct {
	r       *bufio.Reader
	prompts io.Writer
	eof     bool
}

func (p *plainSource) readLine(prompt string) (string, error) {
	if p.eof {
		return "", io.EOF
	}
	io.WriteString(p.prompts, prompt)
	line, err := p.r.ReadString('\n')
	if err != nil {
		if line == "" {
			p.eof = true
			io.WriteString(p.prompts, "\n")
			return "", io.EOF
		}
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// A stdinReader is the interpreter's standard input in a session: each
// Read returns at most one line taken from the session's lineSource, so
// that input() and sys.stdin share the line editor (and its buffer) with
// the prompts. prompt, when set, returns the text input() has just
// written on the current line, which the line editor redraws as its
// prompt.
type stdinReader struct {
	src         lineSource
	prompt      func() string // or nil
	onInterrupt func()        // called for Ctrl-C; or nil
	buf         string
}

// HandlesInterrupt makes the interpreter read r directly: r reports Ctrl-C
// itself (vm.InterruptHandlingReader).
func (r *stdinReader) HandlesInterrupt() {}

func (r *stdinReader) Read(p []byte) (int, error) {
	if r.buf == "" {
		prompt := ""
		if r.prompt != nil {
			prompt = r.prompt()
		}
		line, err := r.src.readLine(prompt)
		switch {
		case err == errInterrupt:
			// input() cannot raise from here: leave KeyboardInterrupt
			// pending, raised at the next check (the session raises it
			// at the end of the input at the latest).
			if r.onInterrupt != nil {
				r.onInterrupt()
			}
			line = ""
		case err != nil:
			return 0, err
		}
		r.buf = line + "\n"
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// --- Completion ---

// pyKeywords are Python 3.11's keywords (keyword.kwlist).
var pyKeywords = []string{
	"False", "None", "True", "and", "as", "assert", "async", "await",
	"break", "class", "continue", "def", "del", "elif", "else", "except",
	"finally", "for", "from", "global", "if", "import", "in", "is",
	"lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
	"while", "with", "yield",
}

// complete returns the completions of the text before the cursor, as
// whole words, and how many characters at its end they replace: names in
// scope (the namespace, builtins, keywords) or attributes after a dotted
// name (`obj.pre`). With only whitespace before the cursor it returns
// four spaces to insert (Tab indents). Callables get "(" appended and
// keywords a space, as CPython's rlcompleter does.
func (s *session) complete(before string) (words []string, n int) {
	if strings.TrimSpace(before) == "" {
		return []string{"    "}, 0
	}
	i := len(before)
	for i > 0 {
		c := before[i-1]
		if c == '.' || c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			i--
			continue
		}
		break
	}
	word := before[i:]
	if word == "" || unicode.IsDigit(rune(word[0])) || word[0] == '.' {
		return nil, 0
	}
	if dot := strings.LastIndexByte(word, '.'); dot >= 0 {
		prefix := word[dot+1:]
		return s.completeAttr(word[:dot], prefix), len(prefix)
	}
	return s.completeName(word), len(word)
}

func (s *session) completeName(prefix string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(name, suffix string) {
		if strings.HasPrefix(name, prefix) && !seen[name] {
			seen[name] = true
			out = append(out, name+suffix)
		}
	}
	for _, kw := range pyKeywords {
		switch kw {
		case "finally", "try":
			add(kw, ":")
		case "False", "None", "True", "break", "continue", "pass", "else":
			add(kw, "")
		default:
			add(kw, " ")
		}
	}
	for _, d := range []*vm.Dict{s.globals, s.in.Builtins.Dict} {
		for _, k := range dictKeys(s.t, d) {
			if v, ok := d.GetStr(k); ok {
				add(k, s.callSuffix(v))
			}
		}
	}
	sort.Strings(out)
	return out
}

func (s *session) completeAttr(expr, prefix string) []string {
	parts := strings.Split(expr, ".")
	v, ok := s.globals.GetStr(parts[0])
	if !ok {
		if v, ok = s.in.Builtins.Dict.GetStr(parts[0]); !ok {
			return nil
		}
	}
	for _, p := range parts[1:] {
		var err error
		if v, err = vm.GetAttr(s.t, v, p); err != nil {
			return nil
		}
	}
	dir, ok := s.in.Builtins.Dict.GetStr("dir")
	if !ok {
		return nil
	}
	names, err := s.t.Call(dir, []vm.Object{v}, nil)
	if err != nil {
		return nil
	}
	list, ok := names.(*vm.List)
	if !ok {
		return nil
	}
	var out []string
	for _, o := range list.Items {
		name, err := vm.StrOf(s.t, o)
		if err != nil || !strings.HasPrefix(name, prefix) {
			continue
		}
		// rlcompleter hides _names unless asked, and __names unless
		// the prefix starts with two underscores.
		if prefix == "" && strings.HasPrefix(name, "_") || prefix == "_" && strings.HasPrefix(name, "__") {
			continue
		}
		suffix := ""
		if a, err := vm.GetAttr(s.t, v, name); err == nil {
			suffix = s.callSuffix(a)
		}
		out = append(out, name+suffix)
	}
	sort.Strings(out)
	return out
}

// callSuffix is "(" for a callable value, else "".
func (s *session) callSuffix(v vm.Object) string {
	if c, ok := s.in.Builtins.Dict.GetStr("callable"); ok {
		if r, err := s.t.Call(c, []vm.Object{v}, nil); err == nil && r == vm.True {
			return "("
		}
	}
	return ""
}

// dictKeys returns the str keys of d.
func dictKeys(t *vm.Thread, d *vm.Dict) []string {
	var keys []string
	it, err := vm.GetIter(t, d)
	if err != nil {
		return nil
	}
	for {
		k, err := vm.Next(t, it)
		if err != nil || k == nil {
			break
		}
		if str, ok := k.(*vm.Str); ok {
			keys = append(keys, str.S)
		}
	}
	return keys
}
