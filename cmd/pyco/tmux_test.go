package main

// This file tests the REPL end to end: the real binary (this test binary
// re-run as pyco) on a real pseudo-terminal under tmux, typing a
// multi-line async def, awaiting it, hitting an error and leaving with
// Ctrl-D, asserting on what the screen shows. Skipped when tmux is not
// installed (.ci/run installs it).

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// A tmuxREPL is pyco running in a detached session of a private tmux
// server.
type tmuxREPL struct {
	t      *testing.T
	socket string
}

func (r *tmuxREPL) tmux(args ...string) string {
	r.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", r.socket}, args...)...).CombinedOutput()
	if err != nil {
		r.t.Fatalf("tmux %q: %v\n%s", args, err, out)
	}
	return string(out)
}

func (r *tmuxREPL) screen() string { return r.tmux("capture-pane", "-p", "-t", "repl") }

// send types keys (tmux key names such as Enter, Tab, C-d, or text).
func (r *tmuxREPL) send(keys ...string) {
	r.t.Helper()
	r.tmux(append([]string{"send-keys", "-t", "repl"}, keys...)...)
}

// waitFor waits until the screen shows want n times in all (capture-pane
// trims trailing blanks: prompts show as ">>>" and "...").
func (r *tmuxREPL) waitFor(want string, n int) string {
	r.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	var s string
	for time.Now().Before(deadline) {
		s = r.screen()
		if strings.Count(s, want) >= n {
			return s
		}
		time.Sleep(50 * time.Millisecond)
	}
	r.t.Fatalf("timed out waiting for %q (x%d); screen:\n%s", want, n, s)
	return s
}

func TestREPLUnderTmux(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: skipping the end-to-end REPL test (.ci/run installs tmux with apt-get when it can)")
	}
	if testing.Short() {
		t.Skip("-short")
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	hist := filepath.Join(t.TempDir(), "history")
	r := &tmuxREPL{t: t, socket: fmt.Sprintf("pyco-test-%d", os.Getpid())}
	cmd := fmt.Sprintf("env PYCO_TEST_AS_MAIN=1 PYCO_HISTFILE=%s %s; echo EXIT=$?; sleep 60", hist, self)
	r.tmux("new-session", "-d", "-s", "repl", "-x", "100", "-y", "40", cmd)
	defer exec.Command("tmux", "-L", r.socket, "kill-server").Run()

	r.waitFor(">>>", 1)
	r.send("import asyncio", "Enter")
	r.waitFor(">>>", 2)
	r.send("async def f(n):", "Enter")
	r.waitFor("...", 1)
	r.send("Tab", "await asyncio.sleep(0.1)", "Enter")
	r.waitFor("...", 2)
	r.send("Tab", "return n * 2", "Enter")
	r.waitFor("...", 3)
	r.send("Enter")
	r.waitFor(">>>", 3)
	r.send("await f(21)", "Enter")
	r.waitFor("42", 1)
	r.send("1/0", "Enter")
	r.waitFor("ZeroDivisionError", 1)
	r.send("C-d")
	screen := r.waitFor("EXIT=0", 1)

	want := []string{
		"pyco 0.1.0 (Python 3.11 compatible) on",
		">>> import asyncio",
		">>> async def f(n):",
		"...     await asyncio.sleep(0.1)",
		"...     return n * 2",
		">>> await f(21)\n42\n",
		">>> 1/0\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n>>>",
	}
	for _, w := range want {
		if !strings.Contains(screen, w) {
			t.Errorf("screen lacks %q; screen:\n%s", w, screen)
		}
	}
	h, err := os.ReadFile(hist)
	if err != nil || !strings.Contains(string(h), "await f(21)\n") {
		t.Errorf("history %q (%v)", h, err)
	}
}
