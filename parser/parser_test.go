package parser

// This file defines the package tests: token streams, AST dumps, CPython
// error messages and positions, Incomplete, and the parse benchmark.

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// errorCase is one row of errorCases (errors_table_test.go).
type errorCase struct {
	src       string
	kind, msg string
	line, col int
	endCol    int // 0 when CPython reports none (or a multi-line range)
}

func TestErrors(t *testing.T) {
	for _, c := range errorCases {
		_, err := ParseFile("x.py", []byte(c.src))
		var e *Error
		if !errors.As(err, &e) {
			t.Errorf("%q: got %v, want %s %q", c.src, err, c.kind, c.msg)
			continue
		}
		got := fmt.Sprintf("%s %q %d:%d-%d", e.Kind, e.Msg, e.Pos.Line, e.Pos.Col, e.EndCol)
		want := fmt.Sprintf("%s %q %d:%d-%d", c.kind, c.msg, c.line, c.col, c.endCol)
		if got != want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, want)
		}
		if e.Filename != "x.py" {
			t.Errorf("%q: filename %q", c.src, e.Filename)
		}
	}
}

// TestErrorText checks the Text field: the offending line without newline.
func TestErrorText(t *testing.T) {
	_, err := ParseFile("f.py", []byte("x = 1\ny = (1 2)\r\nz = 3\n"))
	e := err.(*Error)
	if e.Text != "y = (1 2)" || e.Pos.Line != 2 {
		t.Errorf("got %+v", e)
	}
}

func tokenString(src string) string {
	res := lex(src)
	var parts []string
	for _, t := range res.toks {
		switch t.Type {
		case tokName, tokNumber, tokString, tokOp, tokKeyword:
			parts = append(parts, t.Value)
		default:
			parts = append(parts, strings.ToUpper(tokenTypeName(t.Type)))
		}
	}
	return strings.Join(parts, " ")
}

func TestTokens(t *testing.T) {
	cases := []struct{ src, want string }{
		{"x.y", "x . y NEWLINE EOF"},
		{"x = 1\n", "x = 1 NEWLINE EOF"},
		{"if x:\n  y\n  z\nw\n", "if x : NEWLINE INDENT y NEWLINE z NEWLINE DEDENT w NEWLINE EOF"},
		{"if a:\n if b:\n  c\nd", "if a : NEWLINE INDENT if b : NEWLINE INDENT c NEWLINE DEDENT DEDENT d NEWLINE EOF"},
		{"def f():\n\tpass\n", "def f ( ) : NEWLINE INDENT pass NEWLINE DEDENT EOF"},
		{"x = (1,\n     2)\n", "x = ( 1 , 2 ) NEWLINE EOF"},
		{"x = 1 + \\\n  2\n", "x = 1 + 2 NEWLINE EOF"},
		{"\n\n# c\n  # indented comment\nx  # trailing\n\n", "x NEWLINE EOF"},
		{"a **= b //= c >>= d <<= e", "a **= b //= c >>= d <<= e NEWLINE EOF"},
		{"a->b := c != d == e <= f >= g", "a -> b := c != d == e <= f >= g NEWLINE EOF"},
		{"x[...] ..", "x [ ... ] . . NEWLINE EOF"},
		{"0x_1f 0o17 0b1 1_0 1. .5 1e-3 2j 1if x else 2", "0x_1f 0o17 0b1 1_0 1. .5 1e-3 2j 1 if x else 2 NEWLINE EOF"},
		{`rb'\'' F"x" u'y' '''a\nb'''`, `rb'\'' F"x" u'y' '''a\nb''' NEWLINE EOF`},
		{"f'{x!r:>{w}}'", "f'{x!r:>{w}}' NEWLINE EOF"},
		{"match = case = type = _", "match = case = type = _ NEWLINE EOF"},
		{"λ = ñ + 变量", "λ = ñ + 变量 NEWLINE EOF"},
		{"x = 'abc", "x = ERRORTOKEN EOF"},
		{"x = (", "x = ( ERRORTOKEN EOF"},
		{"\ufeffx\r\ny\r\n", "x NEWLINE y NEWLINE EOF"},
		{"if x:", "if x : NEWLINE ERRORTOKEN EOF"},
		{"", "EOF"},
	}
	for _, c := range cases {
		if got := tokenString(c.src); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

func TestTokenPositions(t *testing.T) {
	res := lex("if x:\n  y = 'é' + z\n")
	var got []string
	for _, tk := range res.toks {
		got = append(got, fmt.Sprintf("%d:%d", tk.Pos.Line, tk.Pos.Column))
	}
	want := "1:1 1:4 1:5 1:6 2:2 2:3 2:5 2:7 2:11 2:13 2:14 2:14 2:14"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestDump(t *testing.T) {
	for _, c := range dumpCases {
		m, err := ParseFile("x.py", []byte(c.src))
		if err != nil {
			t.Errorf("%q: %v", c.src, err)
			continue
		}
		var parts []string
		for _, s := range m.Body {
			parts = append(parts, Dump(s))
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("%q:\n got %s\nwant %s", c.src, got, c.want)
		}
	}
}

// TestSpans checks start and end positions of a few nodes.
func TestSpans(t *testing.T) {
	m, err := ParseFile("x.py", []byte("x = foo(a, b=[1, 2])\nif y:\n    z.w += 1\n"))
	if err != nil {
		t.Fatal(err)
	}
	as := m.Body[0].(*Assign)
	call := as.Value.(*Call)
	check := func(what string, s Span, want string) {
		t.Helper()
		if got := fmt.Sprintf("%d:%d-%d:%d", s.Pos.Line, s.Pos.Col, s.End.Line, s.End.Col); got != want {
			t.Errorf("%s: got %s want %s", what, got, want)
		}
	}
	check("assign", as.Span, "1:1-1:21")
	check("call", call.Span, "1:5-1:21")
	check("keyword", call.Keywords[0].Span, "1:12-1:20")
	check("list", call.Keywords[0].Value.(*List).Span, "1:14-1:20")
	ifs := m.Body[1].(*If)
	check("if", ifs.Span, "2:1-3:13")
	aug := ifs.Body[0].(*AugAssign)
	check("augassign", aug.Span, "3:5-3:13")
	check("attribute", aug.Target.(*Attribute).Span, "3:5-3:8")
	m, _ = ParseFile("x.py", []byte("s = f'a{bc!r}d'\n"))
	js := m.Body[0].(*Assign).Value.(*JoinedStr)
	check("fstring", js.Span, "1:5-1:16")
	check("field name", js.Values[1].(*FormattedValue).Value.(*Name).Span, "1:9-1:11")
}

func TestIncomplete(t *testing.T) {
	cases := []struct {
		src  string
		want bool
	}{
		{"x = 1", false},
		{"x = (1,", true},
		{"x = [\n1,", true},
		{"s = '''abc", true},
		{"x = 1 + \\", true},
		{"if x:", true},
		{"if x:\n  y = 1", true},
		{"if x:\n  y = 1\n", true},
		{"if x:\n  y = 1\n\n", false},
		{"def f():\n  return 1\n", true},
		{"for i in x:\n  pass\n  \n", false},
		{"x = 1 2", false},
		{"x = 'abc", false},
		{"class A: pass", false},
	}
	for _, c := range cases {
		if got := Incomplete([]byte(c.src)); got != c.want {
			t.Errorf("Incomplete(%q) = %v, want %v", c.src, got, c.want)
		}
	}
}

// TestNoPanic feeds hostile inputs that must come back as errors quickly.
func TestNoPanic(t *testing.T) {
	inputs := []string{
		strings.Repeat("(", 300) + strings.Repeat(")", 300),
		strings.Repeat("[", 199) + strings.Repeat("]", 199),
		"x = " + strings.Repeat("-", 100000) + "1",
		"x = " + strings.Repeat("not ", 50000) + "1",
		"x = " + strings.Repeat("a if b else ", 20000) + "c",
		"x = " + strings.Repeat("lambda: ", 20000) + "1",
		"x = " + strings.Repeat("2 ** ", 50000) + "1",
		"x = " + strings.Repeat("a.", 50000) + "b",
		"x = " + strings.Repeat("f(", 150) + strings.Repeat(")", 150),
		strings.Repeat("if x:\n", 1) + strings.Repeat(" ", 1000) + "pass\n",
		"f'{" + strings.Repeat("(", 250) + "}'",
		"\x00", "\xff\xfe", "x = '\\N{", "'\\", "f'{x!", "f'{", "0x", "1e", "\\",
	}
	for _, src := range inputs {
		_, err := ParseFile("x.py", []byte(src))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.Pos.Line < 1 || strings.Contains(e.Msg, "internal") {
				t.Errorf("%.40q: bad error %v", src, err)
			}
		}
	}
	// Deep nesting that is still legal parses.
	if _, err := ParseFile("x.py", []byte("x = "+strings.Repeat("(", 150)+"1"+strings.Repeat(")", 150))); err != nil {
		t.Errorf("150 parens: %v", err)
	}
}

func TestNestedParenLimit(t *testing.T) {
	_, err := ParseFile("x.py", []byte(strings.Repeat("(", 201)+strings.Repeat(")", 201)))
	if e, ok := err.(*Error); !ok || e.Msg != "too many nested parentheses" {
		t.Errorf("got %v", err)
	}
}

func benchSource(lines int) []byte {
	var b strings.Builder
	for b.Len() == 0 || strings.Count(b.String(), "\n") < lines {
		n := strings.Count(b.String(), "\n")
		fmt.Fprintf(&b, `def func%d(a, b=1, *args, **kw):
    """Docstring %d."""
    total = 0
    i = 0
    while i < a:
        if i %% 3 == 0 and not kw.get("skip"):
            total += i * b - (i // 2) ** 2
        elif i %% 5 == 0:
            total -= len(args) if args else 1
        else:
            total = max(total, foo.bar[i].baz(x=i, y=[1, 2, 3]))
        i += 1
    result = {"total": total, "items": [x * 2 for x in range(10) if x]}
    print(f"total={total!r:>10}", result, sep=", ")
    return result

`, n, n)
	}
	return []byte(b.String())
}

func BenchmarkParse(b *testing.B) {
	src := benchSource(5000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := ParseFile("bench.py", src); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLex(b *testing.B) {
	src := string(benchSource(5000))
	b.SetBytes(int64(len(src)))
	for i := 0; i < b.N; i++ {
		lex(src)
	}
}
