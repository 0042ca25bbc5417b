package tests

// This file is the thin driver of the conformance suite: it builds cmd/pyco
// once and runs `pyco test` on each area directory under cases/ as a
// subtest, failing with the runner's report.

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// pycoBin is the pyco binary built by TestMain.
var pycoBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pyco-tests-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	pycoBin = filepath.Join(dir, "pyco")
	args := append([]string{"build"}, buildFlags...)
	build := exec.Command("go", append(args, "-o", pycoBin, "pyco/cmd/pyco")...)
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building cmd/pyco: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestConformance runs every area of the conformance suite.
func TestConformance(t *testing.T) {
	trackInputs(t)
	entries, err := os.ReadDir("cases")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		area := e.Name()
		t.Run(area, func(t *testing.T) {
			out, err := exec.Command(pycoBin, "test", filepath.Join("cases", area)).CombinedOutput()
			if err != nil {
				t.Errorf("pyco test cases/%s: %v\n%s", area, err, out)
			} else if testing.Verbose() {
				t.Logf("%s", out)
			}
		})
	}
}

// trackInputs stats every source file of the module and every case file, so
// that `go test`'s result cache, which only sees files the test process
// itself touches, is invalidated when any of them changes (the pyco binary
// and the cases are read by subprocesses the cache cannot observe).
func trackInputs(t *testing.T) {
	err := filepath.WalkDir("..", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != ".." && (name == ".git" || name == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		switch filepath.Ext(path) {
		case ".go", ".py", ".golden", ".in", ".pyco", ".mod", ".sum":
			_, err := os.Stat(path)
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
