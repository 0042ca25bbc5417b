package compiler

import (
	"flag"
	"os"
	"strings"
	"testing"

	"pyco/parser"
)

var update = flag.Bool("update", false, "rewrite testdata/disasm.txt from the compiler's output")

// disasmCase is one chunk of testdata/disasm.txt: a source snippet and
// the expected disassembly of its module code (nested code included).
type disasmCase struct {
	name, src, want string
}

// Chunks in testdata/disasm.txt look like:
//
//	### name
//	source lines
//	---
//	expected disassembly
const chunkSep = "### "

func readDisasmCases(t *testing.T) []disasmCase {
	data, err := os.ReadFile("testdata/disasm.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases []disasmCase
	for _, chunk := range strings.Split(string(data), "\n"+chunkSep)[1:] {
		name, rest, _ := strings.Cut(chunk, "\n")
		src, want, _ := strings.Cut(rest, "\n---\n")
		cases = append(cases, disasmCase{name: name, src: src + "\n", want: strings.TrimRight(want, "\n")})
	}
	return cases
}

func writeDisasmCases(t *testing.T, cases []disasmCase) {
	var sb strings.Builder
	sb.WriteString("# Golden disassembly of compiler test snippets; regenerate with\n# go test ./compiler -run TestDisasm -update, then review the diff.\n")
	for _, c := range cases {
		sb.WriteString("\n" + chunkSep + c.name + "\n" + strings.TrimRight(c.src, "\n") + "\n---\n" + c.want + "\n")
	}
	if err := os.WriteFile("testdata/disasm.txt", []byte(sb.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDisasm(t *testing.T) {
	checkDepths = true
	defer func() { checkDepths = false }()
	cases := readDisasmCases(t)
	srcs := make([]string, len(cases))
	for i, c := range cases {
		srcs[i] = c.src
	}
	mods := pyParseAll(t, srcs)
	for i := range cases {
		c := &cases[i]
		if mods[i] == nil {
			t.Errorf("%s: python rejects the source", c.name)
			continue
		}
		code, err := CompileSource(mods[i], []byte(c.src), ModeExec)
		got := ""
		if err != nil {
			got = "error: " + err.Error()
		} else {
			got = strings.TrimRight(Disassemble(code), "\n")
		}
		if *update {
			c.want = got
			continue
		}
		if got != c.want {
			t.Errorf("%s:\n%s\n--- got:\n%s\n--- want:\n%s", c.name, c.src, got, c.want)
		}
	}
	if *update {
		writeDisasmCases(t, cases)
	}
}

// TestDisasmWithParser compiles the same snippets from pyco's own parser
// and reports where the result differs from compiling CPython's AST
// (a parser/compiler integration check; differences are logged, since
// they are usually the parser's to fix).
func TestDisasmWithParser(t *testing.T) {
	cases := readDisasmCases(t)
	bad := 0
	for _, c := range cases {
		mod, err := parser.ParseFile("t.py", []byte(c.src))
		if err != nil {
			t.Logf("%s: parser: %v", c.name, err)
			bad++
			continue
		}
		code, err := CompileSource(mod, []byte(c.src), ModeExec)
		if err != nil {
			t.Errorf("%s: compile: %v", c.name, err)
			continue
		}
		if got := strings.TrimRight(Disassemble(code), "\n"); got != c.want {
			t.Logf("%s: differs with pyco's parser:\n%s", c.name, got)
			bad++
		}
	}
	t.Logf("%d of %d snippets differ with pyco's parser", bad, len(cases))
}
