package compiler

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"

	"pyco/parser"
)

// errorCases are sources that parse but must not compile, with CPython
// 3.11's message and position (line, column). TestCompileErrorsOracle
// re-checks them against python3.
var errorCases = []struct {
	src       string
	msg       string
	line, col int
}{
	{"return 1\n", "'return' outside function", 1, 1},
	{"class C:\n    return\n", "'return' outside function", 2, 5},
	{"break\n", "'break' outside loop", 1, 1},
	{"def f():\n  continue\n", "'continue' not properly in loop", 2, 3},
	{"while x:\n    def f():\n        break\n", "'break' outside loop", 3, 9},
	{"for x in y:\n    pass\nelse:\n    break\n", "'break' outside loop", 4, 5},
	{"yield 1\n", "'yield' outside function", 1, 1},
	{"class C: yield 1\n", "'yield' outside function", 1, 10},
	{"x = yield from y\n", "'yield' outside function", 1, 5},
	{"await x\n", "'await' outside function", 1, 1},
	{"def f():\n  await x\n", "'await' outside async function", 2, 3},
	{"async def f():\n  lambda: await x\n", "'await' outside async function", 2, 11},
	{"def f():\n  async for x in y: pass\n", "'async for' outside async function", 2, 3},
	{"def f():\n  async with x: pass\n", "'async with' outside async function", 2, 3},
	{"async def f():\n  yield 1\n  return 2\n", "'return' with value in async generator", 3, 3},
	{"async def f():\n  yield from x\n", "'yield from' inside async function", 2, 3},
	{"def f():\n print(x)\n global x\n", "name 'x' is used prior to global declaration", 3, 2},
	{"def f():\n x=1\n global x\n", "name 'x' is assigned to before global declaration", 3, 2},
	{"def f(x):\n global x\n", "name 'x' is parameter and global", 2, 2},
	{"def f(x):\n def g():\n  nonlocal x\n  print(x)\n x = 2\n nonlocal y\n", "no binding for nonlocal 'y' found", 6, 2},
	{"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1},
	{"def f():\n  x = 1\n  def g():\n    nonlocal y\n", "no binding for nonlocal 'y' found", 4, 5},
	{"class C:\n nonlocal x\n", "no binding for nonlocal 'x' found", 2, 2},
	{"def f(x):\n nonlocal x\n", "name 'x' is parameter and nonlocal", 2, 2},
	{"def f():\n x = 1\n def g():\n  x = 2\n  nonlocal x\n", "name 'x' is assigned to before nonlocal declaration", 5, 3},
	{"def f():\n global x\n nonlocal x\n", "name 'x' is nonlocal and global", 2, 2},
	{"x = [(yield 1) for y in z]\n", "'yield' inside list comprehension", 1, 7},
	{"x = {(yield 1) for y in z}\n", "'yield' inside set comprehension", 1, 7},
	{"x = {1: (yield 1) for y in z}\n", "'yield' inside dict comprehension", 1, 10},
	{"x = ((yield 1) for y in z)\n", "'yield' inside generator expression", 1, 7},
	{"def f():\n  return [(await x) for y in z]\n", "asynchronous comprehension outside of an asynchronous function", 2, 10},
	{"*a = 1\n", "starred assignment target must be in a list or tuple", 1, 1},
	{"a, *b, *c = d\n", "multiple starred expressions in assignment", 1, 1},
	{"x = *a\n", "can't use starred expression here", 1, 5},
	{"print(*a, b)\n*a\n", "can't use starred expression here", 2, 1},
	{"def f():\n  from m import *\n", "import * only allowed at module level", 2, 17},
	{"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8},
	{"[i := 0 for i in y]\n", "assignment expression cannot rebind comprehension iteration variable 'i'", 1, 2},
	{"class C:\n  [(j := 0) for i in y]\n", "assignment expression within a comprehension cannot be used in a class body", 2, 5},
	{"[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression", 1, 14},
	{"def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10},
	{"def f():\n  x: int\n  global x\n", "annotated name 'x' can't be global", 3, 3},
	{"try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n", "default 'except:' must be last", 3, 1},
}

func compileString(t *testing.T, src string) error {
	t.Helper()
	mod, err := parser.ParseFile("t.py", []byte(src))
	if err != nil {
		// Fall back to CPython's parser so these tests check the
		// compiler even when pyco's parser rejects the input itself.
		mod = pyParse(t, src)
	}
	_, err = CompileSource(mod, []byte(src), ModeExec)
	return err
}

func TestCompileErrors(t *testing.T) {
	for _, tc := range errorCases {
		mod := pyParse(t, tc.src)
		_, err := CompileSource(mod, []byte(tc.src), ModeExec)
		if err == nil {
			t.Errorf("%q: compiled, want %q", tc.src, tc.msg)
			continue
		}
		e, ok := err.(*parser.Error)
		if !ok {
			t.Errorf("%q: error of type %T", tc.src, err)
			continue
		}
		if e.Msg != tc.msg || e.Pos.Line != tc.line || e.Pos.Col != tc.col || e.Kind != "SyntaxError" {
			t.Errorf("%q: got %s %q at %d:%d, want %q at %d:%d", tc.src, e.Kind, e.Msg, e.Pos.Line, e.Pos.Col, tc.msg, tc.line, tc.col)
		}
		if want := strings.Split(tc.src, "\n")[tc.line-1]; e.Text != want {
			t.Errorf("%q: Text %q, want %q", tc.src, e.Text, want)
		}
	}
}

// TestCompileErrorsOracle checks the expectations in errorCases against
// python3 itself.
func TestCompileErrorsOracle(t *testing.T) {
	pyParseAll(t, []string{}) // skips when python3 is missing
	var srcs []string
	for _, tc := range errorCases {
		srcs = append(srcs, tc.src)
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(oraclePython, "-c", `
import json, sys
out = []
for s in json.load(sys.stdin):
    try:
        compile(s, 't.py', 'exec')
        out.append(None)
    except SyntaxError as e:
        out.append([e.msg, e.lineno, e.offset])
print(json.dumps(out))
`)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var res [][]any
	json.Unmarshal(out, &res)
	for i, tc := range errorCases {
		r := res[i]
		if r == nil {
			t.Errorf("%q: python3 compiles it", tc.src)
			continue
		}
		if r[0] != tc.msg || int(r[1].(float64)) != tc.line || int(r[2].(float64)) != tc.col {
			t.Errorf("%q: python3 says %v, table says %q %d:%d", tc.src, r, tc.msg, tc.line, tc.col)
		}
	}
}

func TestFutureAnnotations(t *testing.T) {
	src := "from __future__ import annotations\nx: dict[str,\n   int] = 1\n"
	code, err := CompileSource(pyParse(t, src), []byte(src), ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	if dis := Disassemble(code); !strings.Contains(dis, "('dict[str, int]')") {
		t.Errorf("annotation not stored as a string:\n%s", dis)
	}
	for _, tc := range []struct{ src, msg string }{
		{"x=1\nfrom __future__ import annotations\n", "from __future__ imports must occur at the beginning of the file"},
		{"from __future__ import braces\n", "not a chance"},
		{"from __future__ import foo\n", "future feature foo is not defined"},
		{"'doc'\nfrom __future__ import annotations\n", ""},
	} {
		_, err := CompileSource(pyParse(t, tc.src), []byte(tc.src), ModeExec)
		got := ""
		if err != nil {
			got = err.(*parser.Error).Msg
		}
		if got != tc.msg {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.msg)
		}
	}
}
