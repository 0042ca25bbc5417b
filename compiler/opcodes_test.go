package compiler

import (
	"strings"
	"testing"
)

// TestOpcodeTables checks that every opcode has a name and a stack effect.
func TestOpcodeTables(t *testing.T) {
	seen := map[string]bool{}
	for op := Opcode(0); op < numOpcodes; op++ {
		name := opcodeNames[op]
		if name == "" {
			t.Errorf("opcode %d has no name", op)
			continue
		}
		if seen[name] {
			t.Errorf("duplicate opcode name %s", name)
		}
		seen[name] = true
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Errorf("%s: %v", name, r)
				}
			}()
			stackEffect(op, 1, false)
			if op.IsJump() {
				stackEffect(op, 1, true)
			}
		}()
	}
	if s := Opcode(numOpcodes).String(); !strings.HasPrefix(s, "OPCODE_") {
		t.Errorf("out-of-range opcode prints as %q", s)
	}
}

func TestInstrEncoding(t *testing.T) {
	in := MakeInstr(LOAD_FAST, MaxArg)
	if in.Op() != LOAD_FAST || in.Arg() != MaxArg {
		t.Errorf("round trip: %v %d", in.Op(), in.Arg())
	}
}

func TestModes(t *testing.T) {
	mod := pyParse(t, "1 + 2\nx = 3\nif x:\n    x\ndef f():\n    y\n")
	code, err := Compile(mod, ModeInteractive)
	if err != nil {
		t.Fatal(err)
	}
	dis := Disassemble(code)
	if n := strings.Count(dis, "PRINT_EXPR"); n != 2 {
		t.Errorf("interactive: %d PRINT_EXPR, want 2 (top level only):\n%s", n, dis)
	}
	mod = pyParse(t, "a * 2\n")
	code, err = Compile(mod, ModeEval)
	if err != nil {
		t.Fatal(err)
	}
	want := "LOAD_NAME LOAD_CONST BINARY_OP RETURN_VALUE"
	var ops []string
	for _, in := range code.Code {
		ops = append(ops, in.Op().String())
	}
	if got := strings.Join(ops, " "); got != want {
		t.Errorf("eval: %s, want %s", got, want)
	}
	if _, err := Compile(pyParse(t, "x = 1\n"), ModeEval); err == nil {
		t.Errorf("eval of a statement compiled")
	}
}

// TestLocs checks that instructions carry the span of the innermost node.
func TestLocs(t *testing.T) {
	src := "x = (1 +\n     f(\n       a.b))\n"
	code, err := Compile(pyParse(t, src), ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	for pc, in := range code.Code {
		l := code.Locs[pc].Pos
		switch in.Op() {
		case CALL_FUNCTION:
			if l.Line != 2 || l.Col != 6 {
				t.Errorf("CALL_FUNCTION at %v, want 2:6", l)
			}
		case LOAD_ATTR:
			if l.Line != 3 || l.Col != 8 {
				t.Errorf("LOAD_ATTR at %v, want 3:8", l)
			}
		case BINARY_OP:
			if l.Line != 1 || l.Col != 6 {
				t.Errorf("BINARY_OP at %v, want 1:6", l)
			}
		case STORE_NAME:
			if l.Line != 1 || l.Col != 1 {
				t.Errorf("STORE_NAME at %v, want 1:1", l)
			}
		}
	}
}
