package vm

// This file defines FuzzRun, the execution fuzz target: each input is
// parsed, compiled and run in-process as __main__ under a running-time
// limit, with output discarded. pyco must never crash on any input: a Go
// panic recovered by Interpreter.Main (reported as "SystemError: internal
// error"), a code object the verifier rejects ("bad bytecode") or a run
// that outlives its time limit by far (a hang the eval breaker cannot
// stop) is a failure; a Go stack overflow or fatal error kills the fuzz
// worker, which the fuzzer reports too.
//
//	go test -run='^$' -fuzz=FuzzRun -fuzztime=60s ./vm

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"time"
)

// fuzzRunSeeds are small programs, valid and odd, that exercise the
// dispatch loop's less travelled paths.
var fuzzRunSeeds = []string{
	"print(1 + 2)",
	"x = 1\nwhile x < 100:\n    x *= 3\nprint(x)",
	"def f(n):\n    return 1 if n < 2 else n * f(n - 1)\nprint(f(30))",
	"def f(): f()\ntry:\n    f()\nexcept RecursionError as e:\n    print(e)",
	"class A:\n    def __repr__(self): return repr(self)\ntry:\n    repr(A())\nexcept RecursionError:\n    print('rec')",
	"class A:\n    def __eq__(self, o): return self == o\ntry:\n    A() == A()\nexcept RecursionError:\n    print('rec')",
	"class A:\n    def __getattr__(self, n): return getattr(self, n)\ntry:\n    A().x\nexcept RecursionError:\n    print('rec')",
	"l = []\nfor i in range(100000): l = [l]\ntry:\n    repr(l)\nexcept RecursionError:\n    print('deep')",
	"def k(x): return sorted([1, 2], key=k)\ntry:\n    sorted([3, 1], key=k)\nexcept RecursionError:\n    print('sorted')",
	"def g():\n    try:\n        yield 1\n    finally:\n        print('fin')\nx = g(); next(x); del x",
	"def g():\n    x = yield 1\n    yield x * 2\nit = g(); next(it); print(it.send(5))",
	"def g():\n    yield from range(3)\n    return 7\nprint(list(g()))",
	"def g():\n    try:\n        yield\n    except GeneratorExit:\n        yield 1\nx = g(); next(x)\ntry:\n    x.close()\nexcept RuntimeError as e:\n    print(e)",
	"try:\n    try:\n        1/0\n    finally:\n        raise KeyError(1)\nexcept KeyError as e:\n    print(repr(e), repr(e.__context__))",
	"def f():\n    try:\n        return 1\n    finally:\n        return 2\nprint(f())",
	"for i in range(3):\n    try:\n        continue\n    finally:\n        print(i)",
	"def f():\n    for i in range(3):\n        try:\n            break\n        finally:\n            return i\nprint(f())",
	"try:\n    raise ValueError\nexcept* ValueError:\n    pass",
	"class M(type):\n    def __call__(cls, *a): return 42\nclass C(metaclass=M): pass\nprint(C())",
	"class A:\n    __slots__ = ()\nclass B(A, object): pass\nprint(B.__mro__)",
	"class C:\n    def __init_subclass__(cls, **kw): print(kw)\nclass D(C, x=1): pass",
	"class C:\n    x = 1\n    class D:\n        y = x if False else 2\nprint(C.D.y)",
	"class C:\n    def f(self): return __class__\nprint(C().f())",
	"a, *b, c = 'xyz'; print(a, b, c)",
	"(a, b), [c, *d] = (1, 2), range(4); print(a, b, c, d)",
	"a = b = c = [1]; a[0], b[0] = b[0], 3; print(c)",
	"try:\n    a, b = 1, 2, 3\nexcept ValueError as e:\n    print(e)",
	"print(2 ** 200 // 3 ** 50, -(10 ** 30) % 7, (1 << 100) >> 99)",
	"print(int('9' * 100) * int('9' * 100))",
	"x = [[[[[[[[[[1]]]]]]]]]]; print(x[0][0][0][0][0][0][0][0][0][0])",
	"print({**{'a': 1}, **dict(b=2)}, [*range(2), *'ab'], {*()})",
	"f = lambda *a, **k: (a, k); print(f(1, *[2], x=3, **{'y': 4}))",
	"print(f'{1!r:>{3}}{\"x\"!s}{3.5:.2f}')",
	"import sys\nsys.setrecursionlimit(50)\ndef f(): return f()\ntry:\n    f()\nexcept RecursionError:\n    print('ok')",
	"async def c(): return 1\nx = c()\ntry:\n    x.send(None)\nexcept StopIteration as e:\n    print(e.value)",
	"def f(x):\n    match x:\n        case [a, *b]: return b\n        case {'k': v}: return v\n        case _: return None\nprint(f([1, 2]), f({'k': 3}))",
	"with open(__file__) as fh: pass\nprint(fh.closed)",
	"def f(a, /, b, *, c): return a + b + c\nprint(f(1, 2, c=3))",
	"x = 0\nwhile True:\n    x += 1\n    if x > 1000: break\nprint(x)",
	"print([i for i in range(5) if i % 2], {i: i for i in 'ab'}, list(i for i in ()))",
	"global x\nx = 1\ndel x\ntry:\n    x\nexcept NameError as e:\n    print(e)",
	"class E(Exception):\n    def __str__(self): raise ValueError\ntry:\n    raise E\nexcept E as e:\n    print(type(e).__name__)",
	"while True: pass",
	"def f():\n    try: f()\n    except BaseException: f()\nf()",
	"try:\n    [0] * 10 ** 10\nexcept MemoryError:\n    print('mem')",
	"print(''.join(str(i) for i in range(10)) * 2, b'ab' * 3, (1,) * 4)",
	"print(0 % 0j)",
	"a = b = ()\nfor i in range(100000): a, b = (a,), (b,)\ntry:\n    a == b\nexcept RecursionError as e:\n    print(e)",
	"x = [1]\nfor i in range(100000): x = map(abs, x)\ntry:\n    list(x)\nexcept RecursionError as e:\n    print(e)",
}

// fuzzTimeout is each run's time limit; a run still going fuzzHang after
// it is reported as a hang.
const (
	fuzzTimeout = 300 * time.Millisecond
	fuzzHang    = 20 * time.Second
)

func FuzzRun(f *testing.F) {
	for _, s := range fuzzRunSeeds {
		f.Add(s)
	}
	// Huge allocations fail early instead of exhausting the fuzz workers.
	defer func(n int64) { maxAllocBytes = n }(maxAllocBytes)
	maxAllocBytes = 64 << 20
	// Files the inputs create stay out of the tree (the fuzzer itself
	// writes its corpus relative to the package directory).
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, src string) {
		t.Chdir(dir)
		var errb bytes.Buffer
		in := NewInterpreter(Options{Stdout: io.Discard, Stderr: &errb, Stdin: strings.NewReader(""), Timeout: fuzzTimeout})
		done := make(chan struct{})
		go func() {
			defer close(done)
			in.Main("fuzz.py", []byte(src))
		}()
		select {
		case <-done:
		case <-time.After(fuzzHang):
			t.Fatalf("still running %v after its time limit:\n%s", fuzzHang, src)
		}
		for _, bad := range []string{"SystemError: internal error", "bad bytecode"} {
			if i := strings.Index(errb.String(), bad); i >= 0 {
				t.Fatalf("%s\nprogram:\n%s", errb.String(), src)
			}
		}
	})
}

// TestRunLimits checks Options.Timeout: code that never ends stops, even
// when it catches the exception the limit raises.
func TestRunLimits(t *testing.T) {
	// A loop with no exit stops at the time limit, even when it catches.
	for _, src := range []string{
		"while True: pass",
		"while True:\n    try:\n        while True: pass\n    except BaseException:\n        pass",
		"def f():\n    try: f()\n    except BaseException: f()\nf()",
		// Loops whose back edge is a conditional jump, plain or fused
		// with a comparison or an int operator, at module and function
		// level.
		"x = 0\nwhile x < 1:\n    x = x * 1",
		"x = 1\nwhile x: pass",
		"x = [1]\nwhile x and x: pass",
		"x = 1\nwhile x - 1 == 0: pass",
		"x = 1\nwhile x + 1: pass",
		"x = 0\nwhile True:\n    x = 0\n    if x > 1000: pass",
		"def f(x, y):\n    while x < y:\n        x = x * 1\nf(0, 1)",
		"def f(x):\n    while x < 1:\n        x = x * 1\nf(0)",
		"def f(x):\n    while x + 1:\n        pass\nf(1)",
		"def f(x):\n    while x or x: pass\nf(1)",
		// Go-level iteration that runs no bytecode (found by FuzzRun).
		"print(''.join(range(1555555550)) * 2)",
		"print(sorted(x for x in map(abs, range(10 ** 12))))",
	} {
		var errb bytes.Buffer
		in := NewInterpreter(Options{Stdout: io.Discard, Stderr: &errb, Timeout: 50 * time.Millisecond})
		start := time.Now()
		status := in.Main("limit.py", []byte(src))
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q ran %v", src, d)
		}
		if e := errb.String(); status != 130 || !strings.HasSuffix(e, "KeyboardInterrupt: execution time limit exceeded\n") {
			t.Errorf("%q: status %d, stderr ends %q", src, status, e[max(0, len(e)-200):])
		}
	}
}

// TestInterruptLoops checks that Interpreter.Interrupt (what Ctrl-C does)
// stops loops of every shape.
func TestInterruptLoops(t *testing.T) {
	for _, src := range []string{
		"while True: pass",
		"x = 0\nwhile x < 1: x = 0",
		"def f(x):\n    while x < 1: x = x * 1\nf(0)",
		"print(''.join(range(10 ** 10)))",
		"print(next(filter(None, iter(int, 1))))",
		"print(list(iter(int, 1)))",
	} {
		var errb bytes.Buffer
		in := NewInterpreter(Options{Stdout: io.Discard, Stderr: &errb})
		timer := time.AfterFunc(30*time.Millisecond, in.Interrupt)
		done := make(chan int)
		go func() { done <- in.Main("loop.py", []byte(src)) }()
		select {
		case status := <-done:
			if status != 130 || !strings.HasSuffix(errb.String(), "KeyboardInterrupt\n") {
				t.Errorf("%q: status %d, stderr %q", src, status, errb.String())
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%q: not interrupted", src)
		}
		timer.Stop()
	}
}
