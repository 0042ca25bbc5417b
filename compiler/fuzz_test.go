package compiler

import (
	"os"
	"strings"
	"testing"

	"pyco/parser"
)

// FuzzCompile parses arbitrary input with pyco's parser and compiles
// whatever parses, in all three modes. The compiler must never fail with
// an internal error (a recovered panic) or an inconsistent stack depth.
func FuzzCompile(f *testing.F) {
	for _, s := range symtableCases {
		f.Add(s)
	}
	for _, tc := range errorCases {
		f.Add(tc.src)
	}
	if data, err := os.ReadFile("testdata/disasm.txt"); err == nil {
		for _, chunk := range strings.Split(string(data), "\n"+chunkSep)[1:] {
			_, rest, _ := strings.Cut(chunk, "\n")
			src, _, _ := strings.Cut(rest, "\n---\n")
			f.Add(src + "\n")
		}
	}
	checkDepths = true
	f.Fuzz(func(t *testing.T, src string) {
		mod, err := parser.ParseFile("fuzz.py", []byte(src))
		if err != nil || mod == nil {
			return
		}
		for _, mode := range []Mode{ModeExec, ModeInteractive, ModeEval} {
			_, err := CompileSource(mod, []byte(src), mode)
			if err == nil {
				continue
			}
			e, ok := err.(*parser.Error)
			if !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			if strings.Contains(e.Msg, "internal compiler error") {
				t.Fatalf("%q: %s", src, e.Msg)
			}
		}
	})
}
