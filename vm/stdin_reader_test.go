package vm

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
)

// TestInputInterrupted checks that Ctrl-C (Interpreter.Interrupt) stops
// input() while it waits for a line that never comes, with CPython's
// KeyboardInterrupt, and that what arrives later is not lost.
func TestInputInterrupted(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	var out, errb bytes.Buffer
	in := NewInterpreter(Options{Stdout: &out, Stderr: &errb, Stdin: pr})
	src := "try:\n    input('first? ')\nexcept KeyboardInterrupt:\n    print('interrupted')\nprint(repr(input()))\ninput()\n"
	done := make(chan int)
	go func() { done <- in.Main("input.py", []byte(src)) }()
	time.Sleep(50 * time.Millisecond)
	in.Interrupt()
	time.Sleep(50 * time.Millisecond)
	// The rest of a line typed before and after the interrupt.
	io.WriteString(pw, "hel")
	time.Sleep(20 * time.Millisecond)
	io.WriteString(pw, "lo\n")
	time.Sleep(50 * time.Millisecond)
	in.Interrupt()
	select {
	case status := <-done:
		if status != 130 {
			t.Errorf("status %d, want 130; stderr:\n%s", status, errb.String())
		}
		if got, want := out.String(), "first? interrupted\n'hello'\n"; got != want {
			t.Errorf("stdout %q, want %q", got, want)
		}
		if !strings.HasSuffix(errb.String(), "KeyboardInterrupt\n") {
			t.Errorf("stderr %q, want a KeyboardInterrupt traceback", errb.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("input() was not interrupted")
	}
}
