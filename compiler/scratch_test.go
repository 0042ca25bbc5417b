package compiler

import (
	"os"
	"testing"
)

// TestScratch disassembles $PYSRC (development aid).
func TestScratch(t *testing.T) {
	src := os.Getenv("PYSRC")
	if src == "" {
		t.Skip()
	}
	checkDepths = true
	code, err := CompileSource(pyParse(t, src), []byte(src), ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Disassemble(code))
}
