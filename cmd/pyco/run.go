package main

// This file defines the run modes: a script file, a -c string and a script
// read from standard input, and the SIGINT/SIGPIPE handling around a run.

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"pyco/vm"
)

// runFile runs the script at path with sys.argv = [path, args...] and
// sys.path[0] = the script's directory (absolute), like `python3 path`.
func runFile(path string, args []string, stderr io.Writer) int {
	src, err := os.ReadFile(path)
	if err != nil {
		abs, _ := filepath.Abs(path)
		fmt.Fprintf(stderr, "pyco: can't open file %s: %s\n", pyQuote(abs), osErrorText(err))
		return 2
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		dir = filepath.Dir(path)
	}
	return run(path, src, append([]string{path}, args...), dir)
}

// runCommand runs code with sys.argv = ['-c', args...] and sys.path[0] = ”
// (the current directory), like `python3 -c code`.
func runCommand(code string, args []string) int {
	return run("<string>", []byte(code), append([]string{"-c"}, args...), "")
}

// runStdin runs the whole of standard input as a script named <stdin>, like
// `python3 < file` (a terminal on stdin gets the REPL instead: main.go).
func runStdin(args []string, stdin io.Reader, stderr io.Writer) int {
	src, err := io.ReadAll(stdin)
	if err != nil {
		fmt.Fprintf(stderr, "pyco: reading stdin: %v\n", err)
		return 2
	}
	argv := append([]string{"-"}, args...)
	if len(args) == 0 {
		argv = []string{""}
	}
	return run("<stdin>", src, argv, "")
}

// run executes src as __main__ in a fresh interpreter and returns its exit
// status. SIGINT is forwarded to the interpreter while it runs.
func run(filename string, src []byte, argv []string, path0 string) int {
	in := vm.NewInterpreter(vm.Options{
		Argv: argv,
		Path: []string{path0},
	})
	stop := handleSignals(in)
	defer stop()
	return in.Main(filename, src)
}

// An interrupter is an interpreter that can be asked to raise
// KeyboardInterrupt in the code it is running (at its next eval-breaker
// check). The check is dynamic so pyco builds while the VM grows the hook.
type interrupter interface {
	Interrupt()
}

// handleSignals installs the process's signal handling for a run and
// returns a function that removes it:
//   - SIGINT asks the interpreter to raise KeyboardInterrupt; a second
//     SIGINT within a second (or any SIGINT when the interpreter cannot be
//     interrupted) exits with status 130 at once, so a hang can always be
//     stopped;
//   - SIGPIPE is ignored, as Python does: a write to a closed pipe then
//     fails with EPIPE (BrokenPipeError) instead of killing the process.
func handleSignals(in *vm.Interpreter) (stop func()) {
	ch := make(chan os.Signal, 8)
	signal.Notify(ch, os.Interrupt, syscall.SIGPIPE)
	done := make(chan struct{})
	go func() {
		var last time.Time
		for {
			select {
			case <-done:
				return
			case sig := <-ch:
				if sig != os.Interrupt {
					continue
				}
				now := time.Now()
				ir, ok := any(in).(interrupter)
				if !ok || (!last.IsZero() && now.Sub(last) < time.Second) {
					fmt.Fprintln(os.Stderr, "\nKeyboardInterrupt")
					os.Exit(130)
				}
				last = now
				ir.Interrupt()
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// pyQuote quotes s the way Python's repr quotes a str without quotes or
// backslashes in it.
func pyQuote(s string) string { return "'" + s + "'" }

// osErrorText renders an OS error the way CPython's OSError str does:
// "[Errno 2] No such file or directory".
func osErrorText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	return err.Error()
}
