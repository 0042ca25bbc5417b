package tests

// This file enforces the import rule between pyco's packages (README.md,
// "Import rule"): the pipeline parser <- compiler <- vm <- stdlib/<module>
// <- stdlib <- cmd/pyco only ever imports downward.

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"strings"
	"testing"
)

// module is the Go module path of pyco.
const module = "pyco"

// allowed reports whether package pkg (a path relative to the module, such
// as "vm" or "stdlib/math") may import the pyco package dep, and returns
// the rule that applies for error messages. ok is false for a package that
// no rule covers.
func allowed(pkg, dep string) (allow bool, rule string, ok bool) {
	parts := strings.Split(pkg, "/")
	switch {
	case pkg == "parser":
		return false, "parser imports nothing of pyco", true
	case pkg == "compiler":
		return dep == "parser", "compiler imports only parser", true
	case pkg == "vm":
		return dep == "compiler" || dep == "parser", "vm imports only compiler and parser", true
	case pkg == "stdlib":
		return dep == "vm" || strings.HasPrefix(dep, "stdlib/"),
			"stdlib imports only stdlib/<module> packages and vm", true
	case parts[0] == "stdlib" && len(parts) == 2:
		return dep == "vm" || strings.HasPrefix(dep, pkg+"/"),
			"stdlib/<module> imports only vm and its own sub-packages", true
	case parts[0] == "stdlib" && len(parts) > 2:
		return false, "stdlib/<module>/<sub> (e.g. asyncio/eventloop) imports nothing of pyco", true
	case pkg == "cmd/pyco":
		return dep != "compiler" && !strings.HasPrefix(dep, "cmd/") && dep != "tests",
			"cmd/pyco imports anything but compiler", true
	case pkg == "tests":
		return true, "tests may import anything", true
	}
	return false, "", false
}

// listedPackage is the part of `go list -json` output this test reads.
type listedPackage struct {
	ImportPath   string
	Imports      []string
	TestImports  []string
	XTestImports []string
}

func TestImportRule(t *testing.T) {
	cmd := exec.Command("go", "list", "-e", "-json", module+"/...")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, stderr.String())
	}
	dec := json.NewDecoder(bytes.NewReader(out))
	seen := 0
	for {
		var p listedPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		seen++
		pkg := strings.TrimPrefix(p.ImportPath, module+"/")
		check := func(kind string, imports []string) {
			for _, imp := range imports {
				if imp != module && !strings.HasPrefix(imp, module+"/") {
					continue // Go std or a third-party module
				}
				dep := strings.TrimPrefix(imp, module+"/")
				if dep == pkg {
					continue // an external test package importing its package
				}
				allow, rule, ok := allowed(pkg, dep)
				if !ok {
					t.Errorf("package %s has no import rule; add one to tests/deps_test.go and README.md", pkg)
					return
				}
				if !allow {
					t.Errorf("%s: %s imports %s, breaking the rule %q", kind, pkg, dep, rule)
				}
			}
		}
		check("package", p.Imports)
		check("test", p.TestImports)
		check("external test", p.XTestImports)
	}
	if seen == 0 {
		t.Fatal("go list found no packages")
	}
}

func TestAllowedTable(t *testing.T) {
	tests := []struct {
		pkg, dep string
		want     bool
	}{
		{"parser", "compiler", false},
		{"compiler", "parser", true},
		{"compiler", "vm", false},
		{"vm", "compiler", true},
		{"vm", "stdlib", false},
		{"stdlib/math", "vm", true},
		{"stdlib/math", "stdlib/time", false},
		{"stdlib/math", "compiler", false},
		{"stdlib/asyncio", "stdlib/asyncio/eventloop", true},
		{"stdlib/asyncio/eventloop", "vm", false},
		{"stdlib", "stdlib/math", true},
		{"stdlib", "parser", false},
		{"cmd/pyco", "stdlib", true},
		{"cmd/pyco", "compiler", false},
	}
	for _, tt := range tests {
		if got, _, _ := allowed(tt.pkg, tt.dep); got != tt.want {
			t.Errorf("allowed(%s, %s) = %v, want %v", tt.pkg, tt.dep, got, tt.want)
		}
	}
}
