package compiler

import (
	"os"
	"path/filepath"
	"testing"

	"pyco/parser"
)

// TestCorpus compiles every .py file under $PYCO_CORPUS (e.g. CPython's
// Lib directory), parsed by CPython's ast module, with stack-depth
// consistency checks on. Files CPython's parser rejects or that use
// syntax pyco's AST lacks (match) are skipped.
func TestCorpus(t *testing.T) {
	dir := os.Getenv("PYCO_CORPUS")
	if dir == "" {
		t.Skip("set PYCO_CORPUS to a directory of Python files")
	}
	checkDepths = true
	defer func() { checkDepths = false }()
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && filepath.Ext(p) == ".py" {
			files = append(files, p)
		}
		return nil
	})
	ok, failed := 0, 0
	const batch = 100
	for i := 0; i < len(files); i += batch {
		names := files[i:min(i+batch, len(files))]
		var srcs []string
		for _, f := range names {
			b, _ := os.ReadFile(f)
			srcs = append(srcs, string(b))
		}
		var mods []*parser.Module
		func() {
			defer func() {
				if r := recover(); r != nil {
					mods = nil
				}
			}()
			mods = pyParseAll(t, srcs)
		}()
		if mods == nil {
			// A file uses syntax the converter lacks (match); go one by one.
			mods = make([]*parser.Module, len(srcs))
			for j := range srcs {
				func() {
					defer func() { recover() }()
					mods[j] = pyParseAll(t, srcs[j:j+1])[0]
				}()
			}
		}
		for j, m := range mods {
			if m == nil {
				continue
			}
			m.Filename = names[j]
			if _, err := CompileSource(m, []byte(srcs[j]), ModeExec); err != nil {
				failed++
				t.Errorf("%s: %v", names[j], err)
				continue
			}
			ok++
		}
	}
	t.Logf("%d compiled, %d failed", ok, failed)
}
