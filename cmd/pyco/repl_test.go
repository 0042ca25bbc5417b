package main

// This file tests the REPL's session logic without a terminal: what is a
// complete input, echo and _, errors that keep the state, top-level await
// on the persistent loop, Ctrl-C and Ctrl-D, completion, and `pyco -i`
// with piped input.

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"pyco/vm"
)

// newTestSession returns a session on a fresh interpreter whose stdout
// and stderr are buffers.
func newTestSession(t *testing.T) (s *session, stdout, stderr *bytes.Buffer) {
	t.Helper()
	stdout, stderr = &bytes.Buffer{}, &bytes.Buffer{}
	in := vm.NewInterpreter(vm.Options{Argv: []string{""}, Path: []string{""},
		Stdin: strings.NewReader(""), Stdout: stdout, Stderr: stderr})
	return newMainSession(in, stderr), stdout, stderr
}

// feed pushes each line of src (a trailing newline is dropped).
func feed(s *session, src string) {
	for _, line := range strings.Split(strings.TrimSuffix(src, "\n"), "\n") {
		s.push(line)
	}
}

func TestPushCompleteness(t *testing.T) {
	s, _, _ := newTestSession(t)
	steps := []struct {
		line string
		more bool
	}{
		{"x = 1", false},
		{"if x:", true},
		{"    y = 2", true},
		{"", false},
		{"async def f():", true},
		{"    return 1", true},
		{"", false},
		{"z = (1,", true},
		{"     2)", false},
		{"s = '''a", true},
		{"b'''", false},
		{"w = 1 + \\", true},
		{"    2", false},
		{"class A: pass", false},
		{"", false},
	}
	for i, st := range steps {
		if got := s.push(st.line); got != st.more {
			t.Fatalf("step %d: push(%q) = %v, want %v", i, st.line, got, st.more)
		}
		wantPrompt := ">>> "
		if st.more {
			wantPrompt = "... "
		}
		if p := s.prompt(); p != wantPrompt {
			t.Fatalf("step %d: prompt %q, want %q", i, p, wantPrompt)
		}
	}
}

func TestEchoAndUnderscore(t *testing.T) {
	s, out, errOut := newTestSession(t)
	feed(s, "1 + 1\n_ * 10\nNone\nx = 5\n'a' + 'b'\n[_, x]\nprint('hi')\n")
	want := "2\n20\n'ab'\n['ab', 5]\nhi\n"
	if out.String() != want || errOut.String() != "" {
		t.Errorf("stdout %q (want %q), stderr %q", out.String(), want, errOut.String())
	}
}

func TestErrorsKeepState(t *testing.T) {
	s, out, errOut := newTestSession(t)
	feed(s, "x = 41\ndef g():\n    1/0\n\ng()\nx = (1 2)\nundefined\nx + 1\n")
	if out.String() != "42\n" {
		t.Errorf("stdout %q, want 42", out.String())
	}
	wantErr := `Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "<stdin>", line 2, in g
ZeroDivisionError: division by zero
  File "<stdin>", line 1
    x = (1 2)
         ^^^
SyntaxError: invalid syntax. Perhaps you forgot a comma?
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
NameError: name 'undefined' is not defined
`
	if errOut.String() != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut.String(), wantErr)
	}
}

// TestTopLevelAwait: a task created at one prompt runs while later
// prompts await, and is awaited at another prompt; async for, async with
// and async comprehensions work at the prompt.
func TestTopLevelAwait(t *testing.T) {
	s, out, errOut := newTestSession(t)
	feed(s, `import asyncio
log = []
async def worker(n):
    for i in range(n):
        log.append(i)
        await asyncio.sleep(0)
    return 'done'

t = asyncio.create_task(worker(3))
log[:1]
await asyncio.sleep(0.05)
log
t.done()
await t
async def agen():
    for i in range(3):
        yield i

[i async for i in agen()]
async for i in agen():
    print('got', i)

async with asyncio.timeout(1):
    await asyncio.sleep(0)

asyncio.get_running_loop() is asyncio.get_event_loop()
await asyncio.gather(worker(1), worker(2))
`)
	want := `[0]
[0, 1, 2]
True
'done'
[0, 1, 2]
got 0
got 1
got 2
True
['done', 'done']
`
	if out.String() != want || errOut.String() != "" {
		t.Errorf("stdout:\n%s\nwant:\n%s\nstderr: %q", out.String(), want, errOut.String())
	}
}

func TestAwaitErrorTraceback(t *testing.T) {
	s, _, errOut := newTestSession(t)
	feed(s, "async def boom():\n    raise ValueError('x')\n\nawait boom()\n")
	want := `Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
  File "<stdin>", line 2, in boom
ValueError: x
`
	if errOut.String() != want {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut.String(), want)
	}
}

// interruptAfter calls s.interrupt() after d, as the SIGINT handler does.
func interruptAfter(s *session, d time.Duration) {
	go func() {
		time.Sleep(d)
		s.interrupt()
	}()
}

func TestCtrlC(t *testing.T) {
	s, out, errOut := newTestSession(t)

	// At the prompt: the lines typed so far are discarded.
	feed(s, "x = 1\nif x:\n    x = 2")
	s.resetInput()
	if len(s.lines) != 0 || s.prompt() != ">>> " {
		t.Fatalf("after Ctrl-C at a prompt: lines %q", s.lines)
	}
	feed(s, "x")

	// While code runs: KeyboardInterrupt with a traceback.
	interruptAfter(s, 200*time.Millisecond)
	feed(s, "while True: pass")

	// While awaiting: the awaited task is cancelled, other tasks go on.
	feed(s, `import asyncio
n = 0
async def counter():
    global n
    while True:
        n += 1
        await asyncio.sleep(0.01)

bg = asyncio.create_task(counter())`)
	interruptAfter(s, 200*time.Millisecond)
	start := time.Now()
	feed(s, `async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('sleeper cancelled')
        raise

await sleeper()`)
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("the interrupted await took %v", d)
	}
	feed(s, "m = n\nbg.done(), m > 3\nawait asyncio.sleep(0.05)\nn > m\nx\n")
	want := "1\nsleeper cancelled\n(False, True)\nTrue\n1\n"
	if out.String() != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out.String(), want)
	}
	wantErr := `KeyboardInterrupt
Traceback (most recent call last):
  File "<stdin>", line 1, in <module>
KeyboardInterrupt
KeyboardInterrupt
`
	if errOut.String() != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", errOut.String(), wantErr)
	}
}

// scripted is a lineSource that returns its lines, then io.EOF; a line
// "^C" stands for Ctrl-C.
type scripted struct {
	lines   []string
	prompts []string
}

func (sc *scripted) readLine(prompt string) (string, error) {
	sc.prompts = append(sc.prompts, prompt)
	if len(sc.lines) == 0 {
		return "", io.EOF
	}
	l := sc.lines[0]
	sc.lines = sc.lines[1:]
	if l == "^C" {
		return "", errInterrupt
	}
	return l, nil
}

func TestInteract(t *testing.T) {
	s, out, errOut := newTestSession(t)
	src := &scripted{lines: []string{"def f():", "^C", "for i in range(2):", "    print(i)", "", "1"}}
	if status := s.interact(src); status != 0 {
		t.Errorf("status %d after EOF, want 0", status)
	}
	wantPrompts := []string{">>> ", "... ", ">>> ", "... ", "... ", ">>> ", ">>> "}
	if !reflect.DeepEqual(src.prompts, wantPrompts) {
		t.Errorf("prompts %q, want %q", src.prompts, wantPrompts)
	}
	if out.String() != "0\n1\n1\n" || errOut.String() != "KeyboardInterrupt\n" {
		t.Errorf("stdout %q, stderr %q", out.String(), errOut.String())
	}

	// SystemExit ends the session with its status; exit() is there.
	s, _, _ = newTestSession(t)
	src = &scripted{lines: []string{"exit(3)", "print('not reached')"}}
	if status := s.interact(src); status != 3 || len(src.lines) != 1 {
		t.Errorf("exit(3): status %d, lines left %q", status, src.lines)
	}
}

// TestInputSharesSource: input() and sys.stdin read from the session's
// line source, with input()'s prompt given to the line editor.
func TestInputSharesSource(t *testing.T) {
	src := &scripted{lines: []string{"name = input('Name: ')", "bob", "import sys", "sys.stdin.readline()", "more", "name"}}
	stdinR := &stdinReader{src: src, prompt: func() string { return "Name: " }}
	var out, errOut bytes.Buffer
	in := vm.NewInterpreter(vm.Options{Stdin: stdinR, Stdout: &out, Stderr: &errOut})
	s := newMainSession(in, &errOut)
	s.interact(src)
	if out.String() != "Name: 'more\\n'\n'bob'\n" || errOut.String() != "" {
		t.Errorf("stdout %q, stderr %q", out.String(), errOut.String())
	}
	if src.prompts[1] != "Name: " {
		t.Errorf("input() prompt given to the line source: %q", src.prompts[1])
	}
}

func TestComplete(t *testing.T) {
	s, _, _ := newTestSession(t)
	feed(s, "import asyncio\nclass K:\n    value = 1\n    def method(self): pass\n    _hidden = 2\n\nk = K()\nkitten = 3\n")
	cases := []struct {
		before string
		words  []string
		n      int
	}{
		{"    ", []string{"    "}, 0},
		{"", []string{"    "}, 0},
		{"ki", []string{"kitten"}, 2},
		{"k", []string{"k", "kitten"}, 1},
		{"x = pri", []string{"print("}, 3},
		{"whi", []string{"while "}, 3},
		{"k.", []string{"method(", "value"}, 0},
		{"k.v", []string{"value"}, 1},
		{"k._h", []string{"_hidden"}, 2},
		{"asyncio.slee", []string{"sleep("}, 4},
		{"nosuch.x", nil, 1},
		{"f(K.me", []string{"method("}, 2},
	}
	for _, c := range cases {
		words, n := s.complete(c.before)
		if c.before == "k" {
			// keywords and builtins starting with k: none in 3.11 but
			// keep the check robust.
			var mine []string
			for _, w := range words {
				if strings.HasPrefix(w, "k") {
					mine = append(mine, w)
				}
			}
			words = mine
		}
		if !reflect.DeepEqual(words, c.words) || n != c.n {
			t.Errorf("complete(%q) = %q, %d; want %q, %d", c.before, words, n, c.words, c.n)
		}
	}
}

// TestInteractiveFlag runs `pyco -i script` with piped input: the script
// runs, then the session in its namespace, prompts on stderr.
func TestInteractiveFlag(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "s.py")
	if err := os.WriteFile(script, []byte("x = 6\nprint('script ran')\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, status := pyco(t, "x * 7\nimport asyncio\nawait asyncio.sleep(0)\n", "-i", script)
	if status != 0 || out != "script ran\n42\n" || errOut != ">>> >>> >>> >>> \n" {
		t.Errorf("pyco -i: status %d, stdout %q, stderr %q", status, out, errOut)
	}
	// Without a terminal and without -i, stdin is a script: no prompts.
	out, errOut, status = pyco(t, "x = 2\nprint(x * 21)\n")
	if status != 0 || out != "42\n" || errOut != "" {
		t.Errorf("pyco < script: status %d, stdout %q, stderr %q", status, out, errOut)
	}
}

// plainSource must honour the io.EOF trap: once at EOF, never read again.
func TestPlainSourceEOF(t *testing.T) {
	var prompts bytes.Buffer
	p := &plainSource{r: bufio.NewReader(strings.NewReader("a\nb")), prompts: &prompts}
	var got []string
	for {
		l, err := p.readLine("> ")
		if err != nil {
			break
		}
		got = append(got, l)
	}
	if _, err := p.readLine("> "); err == nil {
		t.Error("read after EOF succeeded")
	}
	if !reflect.DeepEqual(got, []string{"a", "b"}) || prompts.String() != "> > > \n" {
		t.Errorf("lines %q, prompts %q", got, prompts.String())
	}
}
