package parser

// This file defines FuzzParse: no input may panic, hang or return anything
// but a *Module or an *Error with a line number.

import (
	"errors"
	"strings"
	"testing"
)

func FuzzParse(f *testing.F) {
	seeds := []string{
		"x = 1\n", "if x:\n    y\nelse:\n    z\n", "def f(a, /, b=1, *c, d, **e) -> int:\n    return a\n",
		"class A(B, metaclass=M):\n    pass\n", "async def f():\n    async with a as b:\n        await c\n",
		"try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nfinally:\n    pass\n",
		"x = [i for i in y if i] + {k: v for k, v in z}\n", "f(*a, **b, c=1)\n", "x = f'{a!r:>{w}} {b=}'\n",
		"from ..m import (a as b, c,)\n", "with (a as b, c as d):\n    pass\n", "lambda *a, **k: (yield)\n",
		"x = -2 ** -1 if a else b\n", "a[1:2, ::3, ...] = b\n", "x = 0x_ff + 1.5e3j + 0o17\n",
		"x = (1 2)\n", "x = (\n", "if x\n    pass\n", "  x = 1\n", "if x:\n  a\n b\n", "x = 'abc\n",
		"x = \"\"\"abc\n", "f(x=1, 2)\n", "1 = x\n", "x = 0777\n", "x = f'{'\n", "def f(a=1, b):\n    pass\n",
		"x = \\\n", "del f()\n", "for 1 in x:\n    pass\n", "@d\ndef f(): pass\n", "x = '\\N{BULLET}'\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		m, err := ParseFile("fuzz.py", src)
		if err == nil {
			if m == nil {
				t.Fatal("nil module without error")
			}
			return
		}
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error of type %T: %v", err, err)
		}
		if e.Pos.Line < 1 {
			t.Fatalf("error without line: %+v", e)
		}
		if strings.HasPrefix(e.Msg, "internal parser error") {
			t.Fatalf("internal error: %v", e)
		}
		Incomplete(src)
	})
}
