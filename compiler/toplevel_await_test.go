package compiler

// This file tests ModeInteractiveAsync (top-level await for the REPL).

import (
	"strings"
	"testing"

	"pyco/parser"
)

func TestTopLevelAwait(t *testing.T) {
	cases := []struct {
		src       string
		coroutine bool
		err       string // for ModeInteractiveAsync; "" when it compiles
	}{
		{"x = 1\n", false, ""},
		{"await f()\n", true, ""},
		{"x = await f()\n", true, ""},
		{"async for i in g():\n    pass\n", true, ""},
		{"async with m():\n    pass\n", true, ""},
		{"[i async for i in g()]\n", true, ""},
		{"[await i for i in g()]\n", true, ""},
		{"async def f():\n    await g()\n", false, ""},
		{"def f():\n    await g()\n", false, "'await' outside async function"},
		{"class A:\n    await g()\n", false, "'await' outside function"},
		{"lambda: await g()\n", false, "'await' outside"},
	}
	for _, c := range cases {
		mod, err := parser.ParseInteractive("<stdin>", []byte(c.src))
		if err != nil {
			t.Fatalf("%q: %v", c.src, err)
		}
		code, err := Compile(mod, ModeInteractiveAsync)
		if c.err != "" {
			if err == nil || !strings.Contains(err.Error(), c.err) {
				t.Errorf("%q: error %v, want %q", c.src, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		if got := code.Flags&FlagCoroutine != 0; got != c.coroutine {
			t.Errorf("%q: coroutine flag %v, want %v", c.src, got, c.coroutine)
		}
		// Without the mode, top-level await stays a SyntaxError.
		if c.coroutine {
			for _, m := range []Mode{ModeExec, ModeInteractive} {
				if _, err := Compile(mod, m); err == nil {
					t.Errorf("%q compiles in mode %d", c.src, m)
				}
			}
		}
	}
}
