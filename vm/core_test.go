package vm

// This file tests the core of the VM end to end: programs run through the
// parser, the compiler and the dispatch loop, checking stdout, stderr and
// the exit status; and the generator state machine through its Go API.

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// runProgram runs src as __main__ and returns stdout, stderr and status.
func runProgram(t *testing.T, src string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	in := NewInterpreter(Options{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
	status := in.Main("prog.py", []byte(src))
	return out.String(), errb.String(), status
}

func TestPrograms(t *testing.T) {
	cases := []struct {
		name, src, out string
	}{
		{"arith", "print(1 + 2 * 3, 7 // 2, -7 % 3, 2 ** 70, 1.5 * 2)", "7 3 2 1180591620717411303424 3.0\n"},
		{"fib", "def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nprint(fib(20))", "6765\n"},
		{"defaults_kwargs", "def f(a, b=2, *args, k=3, **kw):\n    return (a, b, args, k, kw)\nprint(f(1), f(1, 5, 6, k=7, z=8))",
			"(1, 2, (), 3, {}) (1, 5, (6,), 7, {'z': 8})\n"},
		{"closure", "def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = mk(); i(); print(i())", "2\n"},
		{"class", "class A:\n    def __init__(self, x): self.x = x\n    def __repr__(self): return f'A({self.x})'\n    def __eq__(self, o): return self.x == o.x\nprint(A(1), A(1) == A(1), A(1) != A(2))",
			"A(1) True True\n"},
		{"inherit_super", "class B:\n    def hi(self): return 'B'\nclass C(B):\n    def hi(self): return 'C' + super().hi()\nprint(C().hi(), C.__mro__[1].__name__)", "CB B\n"},
		{"property", "class P:\n    def __init__(self): self._v = 1\n    @property\n    def v(self): return self._v\n    @v.setter\n    def v(self, x): self._v = x * 2\np = P(); p.v = 5; print(p.v)", "10\n"},
		{"try_finally", "def f():\n    try:\n        return 1\n    finally:\n        print('fin')\nprint(f())", "fin\n1\n"},
		{"except_chain", "try:\n    try:\n        1/0\n    except ZeroDivisionError as e:\n        raise ValueError('x') from e\nexcept ValueError as e:\n    print(repr(e), repr(e.__cause__))",
			"ValueError('x') ZeroDivisionError('division by zero')\n"},
		{"with", "class M:\n    def __enter__(self): print('in'); return 7\n    def __exit__(self, *a): print('out', a[0].__name__); return True\nwith M() as v:\n    print(v)\n    raise KeyError(1)\nprint('after')",
			"in\n7\nout KeyError\nafter\n"},
		{"genexpr", "print(sum(x * x for x in range(10)), list(zip('ab', range(3))))", "285 [('a', 0), ('b', 1)]\n"},
		{"generator_return", "def g():\n    yield 1\n    return 5\nit = g(); next(it)\ntry:\n    next(it)\nexcept StopIteration as e:\n    print(e.value)", "5\n"},
		{"yield_from", "def inner():\n    x = yield 1\n    return x * 2\ndef outer():\n    r = yield from inner()\n    yield r\ng = outer(); print(next(g), g.send(21))", "1 42\n"},
		{"exc_subclass", "class E(Exception):\n    def __init__(self, a):\n        super().__init__('bad', a)\n        self.a = a\ntry:\n    raise E(3)\nexcept Exception as e:\n    print(e.args, e.a, str(e))", "('bad', 3) 3 ('bad', 3)\n"},
		{"dict_subclass", "class D(dict):\n    def __missing__(self, k): return k * 2\nd = D(a=1); d.extra = 5; print(d['a'], d.extra, isinstance(d, dict))", "1 5 True\n"},
		{"unpack", "a, *b, c = range(5); print(a, b, c)", "0 [1, 2, 3] 4\n"},
		{"str_concat", "s = ''\nfor i in range(100):\n    s += str(i % 10)\nt = s\ns += 'x'\nprint(len(s), len(t), t[-1], s[-2:])", "101 100 9 9x\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, errs, status := runProgram(t, c.src)
			if status != 0 || out != c.out {
				t.Errorf("status %d\nstdout %q\nwant   %q\nstderr %s", status, out, c.out, errs)
			}
		})
	}
}

func TestArgumentErrors(t *testing.T) {
	cases := []struct{ src, want string }{
		{"def f(a, b): pass\nf(1, 2, 3)", "TypeError: f() takes 2 positional arguments but 3 were given"},
		{"def f(a, b): pass\nf(1)", "TypeError: f() missing 1 required positional argument: 'b'"},
		{"def f(a, b): pass\nf()", "TypeError: f() missing 2 required positional arguments: 'a' and 'b'"},
		{"def f(a): pass\nf(1, z=2)", "TypeError: f() got an unexpected keyword argument 'z'"},
		{"def f(a): pass\nf(1, a=2)", "TypeError: f() got multiple values for argument 'a'"},
		{"def f(*, k): pass\nf()", "TypeError: f() missing 1 required keyword-only argument: 'k'"},
		{"class C:\n    def m(self): pass\nC().m(1)", "TypeError: C.m() takes 1 positional argument but 2 were given"},
		{"None()", "TypeError: 'NoneType' object is not callable"},
		{"1 + 'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'"},
		{"[] < 1", "TypeError: '<' not supported between instances of 'list' and 'int'"},
		{"class A: pass\nA().x", "AttributeError: 'A' object has no attribute 'x'"},
		{"class A: pass\nA.x", "AttributeError: type object 'A' has no attribute 'x'"},
		{"(1)[0]", "TypeError: 'int' object is not subscriptable"},
		{"t = (1,)\nt[0] = 2", "TypeError: 'tuple' object does not support item assignment"},
		{"class A: pass\nclass B(A): pass\nclass C(A, B): pass", "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B"},
		{"class A:\n    def __init__(self): return 1\nA()", "TypeError: __init__() should return None, not 'int'"},
		{"class A(metaclass=int): pass", "TypeError: pyco does not support metaclasses yet"},
		{"import nosuchmodule", "ModuleNotFoundError: No module named 'nosuchmodule'"},
		{"def f(): f()\nf()", "RecursionError: maximum recursion depth exceeded"},
	}
	for _, c := range cases {
		_, errs, status := runProgram(t, c.src)
		if status != 1 || !strings.HasSuffix(strings.TrimRight(errs, "\n"), c.want) {
			t.Errorf("%q:\nstatus %d\nstderr %s\nwant suffix %q", c.src, status, errs, c.want)
		}
	}
}

func TestTraceback(t *testing.T) {
	src := "def f(x):\n    return 1 / x\ntry:\n    f(0)\nexcept ZeroDivisionError:\n    g()\n"
	_, errs, status := runProgram(t, src)
	want := `Traceback (most recent call last):
  File "prog.py", line 4, in <module>
    f(0)
  File "prog.py", line 2, in f
    return 1 / x
           ^^^^^
ZeroDivisionError: division by zero

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "prog.py", line 6, in <module>
    g()
    ^
NameError: name 'g' is not defined
`
	if status != 1 || stripCarets(errs) != stripCarets(want) {
		t.Errorf("status %d\ngot:\n%s\nwant:\n%s", status, errs, want)
	}
}

// stripCarets removes PEP 657 caret-only lines.
func stripCarets(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if tl := strings.TrimSpace(l); tl != "" && strings.Trim(tl, "^~") == "" {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

func TestSystemExit(t *testing.T) {
	for src, want := range map[string]int{
		"import sys\nsys.exit()":    0,
		"import sys\nsys.exit(3)":   3,
		"import sys\nsys.exit('m')": 1,
		"raise SystemExit(None)":    0,
	} {
		_, _, status := runProgram(t, src)
		if status != want {
			t.Errorf("%q: status %d, want %d", src, status, want)
		}
	}
}

func TestInterrupt(t *testing.T) {
	var out, errb bytes.Buffer
	in := NewInterpreter(Options{Stdout: &out, Stderr: &errb})
	go func() {
		time.Sleep(50 * time.Millisecond)
		in.Interrupt()
	}()
	status := in.Main("loop.py", []byte("while True:\n    pass\n"))
	if status != 130 || !strings.Contains(errb.String(), "KeyboardInterrupt") {
		t.Errorf("status %d, stderr %q", status, errb.String())
	}
}

// TestGeneratorStates drives a generator through its Go API: not
// started, suspended, running (re-entrancy), finished, send/throw/close.
func TestGeneratorStates(t *testing.T) {
	var out bytes.Buffer
	in := NewInterpreter(Options{Stdout: &out, Stderr: &out})
	th := in.MainThread()
	g := in.NewModuleDict("__main__", "")
	src := "def gen():\n    try:\n        x = yield 1\n        y = yield x + 1\n    except KeyError:\n        yield 'caught'\n    finally:\n        print('cleanup')\n    return 'done'\n"
	if _, err := in.Exec(th, "gen.py", []byte(src), "exec", g); err != nil {
		t.Fatal(err)
	}
	fn, _ := g.GetStr("gen")
	mk := func() *Generator {
		o, err := th.Call(fn, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return o.(*Generator)
	}

	gen := mk()
	if _, _, err := gen.Send(th, MakeInt(5)); err == nil || !strings.Contains(err.Error(), "just-started") {
		t.Errorf("send non-None to new generator: %v", err)
	}
	v, done, err := gen.Send(th, None)
	if err != nil || done || v != MakeInt(1) {
		t.Fatalf("first send: %v %v %v", v, done, err)
	}
	v, done, err = gen.Send(th, MakeInt(41))
	if err != nil || done || v != MakeInt(42) {
		t.Fatalf("second send: %v %v %v", v, done, err)
	}
	v, done, err = gen.Send(th, None)
	if err != nil || !done || v.(*Str).S != "done" {
		t.Fatalf("finish: %v %v %v", v, done, err)
	}
	if _, done, _ := gen.Send(th, None); !done {
		t.Errorf("finished generator resumed")
	}

	gen = mk()
	gen.Send(th, None)
	v, done, err = gen.Throw(th, NewException(KeyError, NewStr("k")))
	if err != nil || done || v.(*Str).S != "caught" {
		t.Fatalf("throw: %v %v %v", v, done, err)
	}
	if err := gen.Close(th); err != nil {
		t.Fatalf("close: %v", err)
	}
	if !gen.done {
		t.Errorf("closed generator not finished")
	}

	gen = mk()
	gen.Send(th, None)
	_, _, err = gen.Throw(th, NewException(ValueError, NewStr("v")))
	if e, ok := err.(*Exception); !ok || e.Class != ValueError {
		t.Errorf("uncaught throw: %v", err)
	}
	in.FlushStdout()
	if got := out.String(); strings.Count(got, "cleanup") != 3 {
		t.Errorf("cleanup ran %d times: %q", strings.Count(got, "cleanup"), got)
	}

	// A generator cannot resume itself.
	src2 := "def selfish():\n    yield it.send(None)\nit = selfish()\ntry:\n    next(it)\nexcept ValueError as e:\n    print(e)\n"
	out.Reset()
	if _, err := in.Exec(th, "self.py", []byte(src2), "exec", g); err != nil {
		t.Fatal(err)
	}
	in.FlushStdout()
	if got := out.String(); got != "generator already executing\n" {
		t.Errorf("re-entrant send: %q", got)
	}
}
