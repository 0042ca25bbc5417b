package main

// This file tests the readline glue in-process on a fake terminal
// (TECH-NOTES 5): readline believes it has a terminal (FuncIsTerminal
// true, raw mode a no-op) and the test types key bytes into a pipe: \r
// Enter, \t Tab, \x03 Ctrl-C, \x04 Ctrl-D.

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chzyer/readline"
)

// syncBuffer is a bytes.Buffer safe for readline's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

var ansiRE = regexp.MustCompile(`\x1b\[[0-9;]*[A-Za-z]`)

// fakeTerminal runs a session on a fake terminal and returns a function
// that types keys and waits until the screen output (ANSI codes removed)
// or stderr contains want.
type fakeTerminal struct {
	t      *testing.T
	keys   *io.PipeWriter
	screen *syncBuffer
	stderr *syncBuffer
	done   chan int
}

func startFakeTerminal(t *testing.T, histFile string) *fakeTerminal {
	pr, pw := io.Pipe()
	ft := &fakeTerminal{t: t, keys: pw, screen: &syncBuffer{}, stderr: &syncBuffer{}, done: make(chan int, 1)}
	cfg := &readline.Config{
		Stdin:          pr,
		Stdout:         ft.screen,
		Stderr:         ft.screen,
		HistoryFile:    histFile,
		FuncIsTerminal: func() bool { return true },
		FuncMakeRaw:    func() error { return nil },
		FuncExitRaw:    func() error { return nil },
		FuncGetWidth:   func() int { return 80 },
	}
	go func() {
		ft.done <- runSession("", nil, cfg, nil, nil, ft.stderr)
	}()
	ft.waitFor(">>> ")
	return ft
}

// output returns the screen with ANSI escapes removed, plus stderr.
func (ft *fakeTerminal) output() string {
	return ansiRE.ReplaceAllString(ft.screen.String(), "") + "\n--- stderr\n" + ft.stderr.String()
}

func (ft *fakeTerminal) waitFor(want string) {
	ft.t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(ft.output(), want) {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	ft.t.Fatalf("timed out waiting for %q; output:\n%s", want, ft.output())
}

// typeKeys types keys, then waits for want (if not "") to appear.
func (ft *fakeTerminal) typeKeys(keys, want string) {
	ft.t.Helper()
	if _, err := ft.keys.Write([]byte(keys)); err != nil {
		ft.t.Fatal(err)
	}
	if want != "" {
		ft.waitFor(want)
	}
}

func TestFakeTerminal(t *testing.T) {
	hist := filepath.Join(t.TempDir(), "hist")
	ft := startFakeTerminal(t, hist)
	if !strings.Contains(ft.stderr.String(), "pyco 0.1.0 (Python 3.11 compatible) on ") {
		t.Errorf("no banner: %q", ft.stderr.String())
	}
	ft.typeKeys("x = 6\r", "")
	// Tab with only indentation before the cursor indents.
	ft.typeKeys("async def f(n):\r", "... ")
	ft.typeKeys("\treturn n * 7\r\r", "")
	ft.typeKeys("await f(x)\r", "42")
	// Tab completes a builtin (with its parenthesis).
	ft.typeKeys("pri\t'hi')\r", "hi\n")
	// Ctrl-C at a prompt discards the line, the session goes on.
	ft.typeKeys("abc\x03", "KeyboardInterrupt")
	ft.typeKeys("x + 1\r", "7\n")
	ft.typeKeys("1/0\r", "ZeroDivisionError: division by zero")
	// input() reads through the same readline instance.
	ft.typeKeys("y = input('Q? ')\r", "Q? ")
	ft.typeKeys("ans\r", "")
	ft.typeKeys("y\r", "'ans'")
	// Ctrl-D on an empty line ends the session with status 0.
	ft.typeKeys("\x04", "")
	select {
	case status := <-ft.done:
		if status != 0 {
			t.Errorf("status %d after Ctrl-D", status)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("Ctrl-D did not end the session; output:\n%s", ft.output())
	}
	out := ft.output()
	for _, want := range []string{">>> await f(x)", "... ", "print('hi')", "Q? ans"} {
		if !strings.Contains(out, want) {
			t.Errorf("screen lacks %q:\n%s", want, out)
		}
	}
	h, err := os.ReadFile(hist)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(h), "await f(x)\n") || !strings.Contains(string(h), "    return n * 7\n") {
		t.Errorf("history file:\n%s", h)
	}
}

func TestHistoryFileEnv(t *testing.T) {
	t.Setenv("PYCO_HISTFILE", "/tmp/somewhere")
	if got := historyFile(); got != "/tmp/somewhere" {
		t.Errorf("historyFile() = %q", got)
	}
	os.Unsetenv("PYCO_HISTFILE")
	if got := historyFile(); !strings.HasSuffix(got, "/.pyco_history") {
		t.Errorf("historyFile() = %q", got)
	}
}
