package main

// This file defines the readline glue of the REPL: the terminal as a
// lineSource (prompts, history, Ctrl-C and Ctrl-D), tab completion, the
// interpreter's standard input served by the same readline instance, and
// the wiring of `pyco` / `pyco -i` into a session.

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"unicode/utf8"

	"github.com/chzyer/readline"

	"pyco/vm"
)

// historyFile returns the REPL's history file: $PYCO_HISTFILE, else
// ~/.pyco_history; "" (no history) when neither can be determined.
func historyFile() string {
	if p, ok := os.LookupEnv("PYCO_HISTFILE"); ok {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".pyco_history")
}

// isTerminal reports whether r is a terminal (a character device).
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&fs.ModeCharDevice != 0
}

// A terminal is a readline instance used as the session's lineSource.
// Readline is only ever called from the goroutine that runs the session
// (readline's Close must not race with it).
type terminal struct {
	rl  *readline.Instance
	out *lineTracker // the terminal output, to give input()'s prompt to readline
	// reading is set while Readline runs: the session's goroutine is
	// then blocked, so completion may use the VM. Keys typed ahead while
	// code runs are edited by readline's goroutine meanwhile: Tab
	// completes nothing then.
	reading atomic.Bool
}

// newTerminal returns a terminal configured by cfg (whose Stdout is
// replaced by a tracker of it) completing with complete.
func newTerminal(cfg *readline.Config, complete func(before string) ([]string, int)) (*terminal, error) {
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	tr := &lineTracker{w: cfg.Stdout}
	if cfg.InterruptPrompt == "" {
		cfg.InterruptPrompt = "^C"
	}
	tm := &terminal{out: tr}
	cfg.AutoComplete = completer(func(before string) ([]string, int) {
		if !tm.reading.Load() {
			return nil, 0
		}
		return complete(before)
	})
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, err
	}
	tm.rl = rl
	return tm, nil
}

func (tm *terminal) readLine(prompt string) (string, error) {
	tm.rl.SetPrompt(prompt)
	tm.reading.Store(true)
	line, err := tm.rl.Readline()
	tm.reading.Store(false)
	tm.out.reset()
	switch err {
	case readline.ErrInterrupt:
		return "", errInterrupt
	case io.EOF:
		return "", io.EOF
	}
	return line, err
}

// close saves the history and restores the terminal.
func (tm *terminal) close() { tm.rl.Close() }

// A lineTracker is a writer that remembers the text written after the
// last newline: what input("prompt") has just printed, which the line
// editor must redraw as its own prompt.
type lineTracker struct {
	mu      sync.Mutex
	w       io.Writer
	partial []byte
}

func (t *lineTracker) Write(p []byte) (int, error) {
	t.mu.Lock()
	if i := lastNewline(p); i >= 0 {
		t.partial = append(t.partial[:0], p[i+1:]...)
	} else if len(t.partial) < 256 {
		t.partial = append(t.partial, p...)
	}
	t.mu.Unlock()
	return t.w.Write(p)
}

func lastNewline(p []byte) int {
	for i := len(p) - 1; i >= 0; i-- {
		if p[i] == '\n' {
			return i
		}
	}
	return -1
}

// current returns the text written since the last newline.
func (t *lineTracker) current() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.partial)
}

func (t *lineTracker) reset() {
	t.mu.Lock()
	t.partial = t.partial[:0]
	t.mu.Unlock()
}

// completer adapts session.complete to readline's AutoCompleter, which
// wants the suffixes to insert and the length of the completed prefix.
type completer func(before string) ([]string, int)

func (c completer) Do(line []rune, pos int) ([][]rune, int) {
	before := string(line[:pos])
	words, n := c(before)
	prefix := before[len(before)-n:]
	out := make([][]rune, 0, len(words))
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			out = append(out, []rune(w[len(prefix):]))
		}
	}
	return out, utf8.RuneCountInString(prefix)
}

// runInteractive is `pyco` on a terminal and `pyco -i [FILE [ARG...]]`:
// it runs the script, if any, then a session in its namespace, reading
// from a terminal through readline or, without one, plain lines with the
// prompts on stderr. It returns the exit status.
func runInteractive(script string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var cfg *readline.Config
	if isTerminal(stdin) {
		cfg = &readline.Config{
			HistoryFile:       historyFile(),
			HistorySearchFold: true,
			Stdin:             stdin.(*os.File),
		}
	}
	return runSession(script, args, cfg, stdin, stdout, stderr)
}

// runSession is runInteractive on the terminal configured by cfg or,
// when cfg is nil, on plain input from stdin. Tests pass a cfg with a
// fake terminal.
func runSession(script string, args []string, cfg *readline.Config, stdin io.Reader, stdout, stderr io.Writer) int {
	var src lineSource
	var term *terminal
	var s *session
	stdinR := &stdinReader{}
	argv := append([]string{script}, args...)
	opts := vm.Options{Argv: argv, Path: []string{""}, Stdin: stdinR}
	if cfg != nil {
		var err error
		term, err = newTerminal(cfg, func(before string) ([]string, int) { return s.complete(before) })
		if err != nil {
			io.WriteString(stderr, "pyco: "+err.Error()+"\n")
			return 2
		}
		defer term.close()
		src = term
		stdinR.prompt = term.out.current
		opts.Stdout = term.out
	} else {
		src = &plainSource{r: bufio.NewReader(stdin), prompts: stderr}
		opts.Stdout = stdout
	}
	stdinR.src = src
	opts.Stderr = stderr
	if script != "" {
		dir, err := filepath.Abs(filepath.Dir(script))
		if err != nil {
			dir = filepath.Dir(script)
		}
		opts.Path[0] = dir
	}
	in := vm.NewInterpreter(opts)
	stdinR.onInterrupt = in.Interrupt
	var globals *vm.Dict
	if script != "" {
		code, err := os.ReadFile(script)
		if err != nil {
			abs, _ := filepath.Abs(script)
			io.WriteString(stderr, "pyco: can't open file "+pyQuote(abs)+": "+osErrorText(err)+"\n")
			return 2
		}
		globals = in.NewModuleDict("__main__", script)
		in.Modules.SetStr("__main__", &vm.Module{Name: "__main__", Dict: globals, File: script})
		stop := handleSignals(in)
		_, err = in.Exec(in.MainThread(), script, code, "exec", globals)
		stop()
		in.FlushStdout()
		if err != nil {
			if e, ok := err.(*vm.Exception); ok {
				in.PrintException(in.MainThread(), e)
			}
		}
		s = newSession(in, globals, stderr)
	} else {
		s = newMainSession(in, stderr)
		io.WriteString(stderr, banner())
	}
	stop := handleSessionSignals(s)
	defer stop()
	status := s.interact(src)
	in.FlushStdout()
	return status
}

// handleSessionSignals makes SIGINT interrupt the session's running input
// (while readline reads, the terminal is raw and Ctrl-C is a key, not a
// signal) and ignores SIGPIPE; it returns a function that undoes this.
func handleSessionSignals(s *session) (stop func()) {
	ch := make(chan os.Signal, 8)
	signal.Notify(ch, os.Interrupt, syscall.SIGPIPE)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-done:
				return
			case sig := <-ch:
				if sig == os.Interrupt {
					s.interrupt()
				}
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
