package vm

// This file tests the load-time bytecode verifier (verify.go): code the
// compiler produces passes it, and code objects broken in each checked way
// run as a stub that raises SystemError instead of reaching the loop.

import (
	"strings"
	"testing"

	"pyco/compiler"
	"pyco/parser"
)

// compileFor returns the compiled module code of src.
func compileFor(t *testing.T, src string) *compiler.Code {
	t.Helper()
	mod, err := parser.ParseFile("v.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	c, err := compiler.CompileSource(mod, []byte(src), compiler.ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// verifySrc is a program whose code objects use most instruction kinds.
const verifySrc = `
import sys
def f(a, b=2, *args, k=3, **kw):
    x = [i * a for i in range(b) if i]
    d = {k: v for k, v in kw.items()}
    s = {*args}
    def inner():
        nonlocal a
        a += 1
        return a, x[1:2], x[::2]
    try:
        with open(__file__) as fh:
            pass
    except (OSError, ValueError) as e:
        raise RuntimeError("x") from e
    finally:
        del d
    y, *z = x or [0]
    return f"{a!r:>{b}}" + str(inner()) + str(s) + str(y) + str(z) + str(k)
class C(object):
    def m(self):
        return super().__repr__() if self else __class__
async def co(it):
    async with it as v:
        async for w in v:
            await w
    return [q async for q in it]
def g():
    r = yield 1
    yield from range(r)
print(f(1, 3, 4, 5, k=1, z=2) is None, -1 < 0 <= 2, not 0, ~1, lambda: 0)
`

func walkCodes(c *compiler.Code, visit func(*compiler.Code)) {
	visit(c)
	for _, k := range c.Consts {
		if cc, ok := k.(*compiler.Code); ok {
			walkCodes(cc, visit)
		}
	}
}

func TestVerifyAcceptsCompiledCode(t *testing.T) {
	walkCodes(compileFor(t, verifySrc), func(c *compiler.Code) {
		if err := verifyCode(c); err != nil {
			t.Errorf("rejected: %v", err)
		}
	})
}

// clone returns a copy of c with its own instruction slice.
func clone(c *compiler.Code) *compiler.Code {
	d := *c
	d.Code = append([]compiler.Instr(nil), c.Code...)
	return &d
}

func TestVerifyRejects(t *testing.T) {
	base := compileFor(t, "def f(a):\n    b = a + 1\n    for i in range(b):\n        a = [a, i]\n    return a\n")
	var fn *compiler.Code
	for _, k := range base.Consts {
		if cc, ok := k.(*compiler.Code); ok {
			fn = cc
		}
	}
	if err := verifyCode(fn); err != nil {
		t.Fatalf("valid code rejected: %v", err)
	}
	// find returns the index of the first instruction with opcode op.
	find := func(op compiler.Opcode) int {
		for i, in := range fn.Code {
			if in.Op() == op {
				return i
			}
		}
		t.Fatalf("no %s in %v", op, fn.Code)
		return -1
	}
	set := func(c *compiler.Code, i int, op compiler.Opcode, arg int) {
		c.Code[i] = compiler.MakeInstr(op, arg)
	}
	cases := []struct {
		name, want string
		mutate     func(c *compiler.Code)
	}{
		{"local", "index out of range (3 locals)", func(c *compiler.Code) { set(c, find(compiler.LOAD_FAST), compiler.LOAD_FAST, 7) }},
		{"const", "constants", func(c *compiler.Code) { set(c, find(compiler.LOAD_CONST), compiler.LOAD_CONST, 99) }},
		{"name", "names", func(c *compiler.Code) { set(c, find(compiler.LOAD_GLOBAL), compiler.LOAD_GLOBAL, 5) }},
		{"cell", "cells and free", func(c *compiler.Code) { set(c, find(compiler.LOAD_FAST), compiler.LOAD_DEREF, 0) }},
		{"jump", "instructions", func(c *compiler.Code) { set(c, find(compiler.FOR_ITER), compiler.FOR_ITER, 1000) }},
		{"opcode", "unknown opcode", func(c *compiler.Code) { set(c, 0, compiler.Opcode(250), 0) }},
		{"end", "ends with", func(c *compiler.Code) { set(c, len(c.Code)-1, compiler.NOP, 0) }},
		{"underflow", "reads 2 stack values", func(c *compiler.Code) { set(c, 0, compiler.BINARY_OP, 0) }},
		{"build", "reads 9 stack values", func(c *compiler.Code) { set(c, find(compiler.BUILD_LIST), compiler.BUILD_LIST, 9) }},
		{"stacksize", "exceeds the stack size", func(c *compiler.Code) { c.StackSize = 1 }},
		{"pop_block", "pops a block", func(c *compiler.Code) { set(c, 0, compiler.POP_BLOCK, 0) }},
		{"operator", "no such operator", func(c *compiler.Code) { set(c, find(compiler.BINARY_OP), compiler.BINARY_OP, 14) }},
		{"slice", "takes 2 or 3", func(c *compiler.Code) { set(c, 0, compiler.BUILD_SLICE, 5) }},
		{"params", "parameter counts", func(c *compiler.Code) { c.ArgCount = 4 }},
		{"locs", "locations", func(c *compiler.Code) { c.Locs = c.Locs[:1] }},
		{"empty", "no instructions", func(c *compiler.Code) { c.Code = nil }},
		{"loop_push", "exceeds the stack size", func(c *compiler.Code) {
			// LOAD_FAST 0; JUMP 0: the stack grows on every turn.
			c.Code = []compiler.Instr{compiler.MakeInstr(compiler.LOAD_FAST, 0), compiler.MakeInstr(compiler.JUMP, 0)}
			c.Locs = c.Locs[:2]
		}},
		{"uneven_paths", "reads 1 stack values, 0 there", func(c *compiler.Code) {
			// One path reaches RETURN_VALUE with a value, the other without.
			c.Code = []compiler.Instr{
				compiler.MakeInstr(compiler.LOAD_FAST, 0),
				compiler.MakeInstr(compiler.POP_JUMP_IF_TRUE, 3),
				compiler.MakeInstr(compiler.LOAD_FAST, 0),
				compiler.MakeInstr(compiler.RETURN_VALUE, 0),
			}
			c.Locs = c.Locs[:4]
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := clone(fn)
			tc.mutate(c)
			err := verifyCode(c)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("verifyCode = %v, want an error containing %q", err, tc.want)
			}
			// Running it raises SystemError, whatever the arguments.
			in := NewInterpreter(Options{})
			th := in.MainThread()
			fnObj := NewFunction(th, NewCode(c), NewDict())
			_, e := th.Call(fnObj, []Object{MakeInt(1), MakeInt(2)}, nil)
			exc, ok := e.(*Exception)
			if !ok || exc.Class != SystemError || !strings.Contains(exceptionMessage(exc), "bad bytecode: f: ") {
				t.Fatalf("call raised %v, want SystemError: bad bytecode", e)
			}
		})
	}
}

func exceptionMessage(e *Exception) string {
	if e.Args != nil && len(e.Args.Items) > 0 {
		if s, ok := e.Args.Items[0].(*Str); ok {
			return s.S
		}
	}
	return ""
}
