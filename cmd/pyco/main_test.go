package main

// This file tests the command line as a black box: the test binary re-runs
// itself as pyco (PYCO_TEST_AS_MAIN=1) and the tests check argv handling,
// output and exit statuses.

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestMain(m *testing.M) {
	if os.Getenv("PYCO_TEST_AS_MAIN") == "1" {
		main()
		return
	}
	os.Exit(m.Run())
}

// pyco runs the command line args with stdin and returns stdout, stderr
// and the exit status.
func pyco(t *testing.T, stdin string, args ...string) (string, string, int) {
	t.Helper()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(self, args...)
	cmd.Env = append(os.Environ(), "PYCO_TEST_AS_MAIN=1")
	cmd.Stdin = strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	status := 0
	if ee, ok := err.(*exec.ExitError); ok {
		status = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return stdout.String(), stderr.String(), status
}

func TestVersion(t *testing.T) {
	out, _, status := pyco(t, "", "--version")
	if status != 0 || !strings.HasPrefix(out, "pyco 0.1.0 (Python 3.11") || strings.Count(out, "\n") != 1 {
		t.Errorf("pyco --version = %q, status %d", out, status)
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{"-Q"}, {"-c"}, {"no-such-file.py"}} {
		_, errOut, status := pyco(t, "", args...)
		if status != 2 || errOut == "" {
			t.Errorf("pyco %q: status %d, stderr %q; want status 2 and a message", args, status, errOut)
		}
	}
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	script := filepath.Join(dir, "script.pyco")
	src := "import sys\nprint(sys.argv[1:], sys.path[0] == " + pyStr(dir) + ")\nsys.exit(int(sys.argv[1]))\n"
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		stdin      string
		args       []string
		wantOut    string
		wantErrEnd string
		wantStatus int
	}{
		{"", []string{"-c", "print(1 + 1)"}, "2\n", "", 0},
		{"", []string{"-c", "import sys; print(sys.argv)", "a", "b"}, "['-c', 'a', 'b']\n", "", 0},
		{"", []string{"-c", "import sys; sys.exit(3)"}, "", "", 3},
		{"", []string{"-c", "import sys; sys.exit('bye')"}, "", "bye\n", 1},
		{"", []string{"-c", "raise ValueError('x')"}, "", "ValueError: x\n", 1},
		// No source lines for code from a string, as in CPython 3.11.
		{"", []string{"-c", "1/0"}, "", "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nZeroDivisionError: division by zero\n", 1},
		{"", []string{"-c", "1 +"}, "", "SyntaxError: invalid syntax\n", 1},
		{"print('from stdin')\n", nil, "from stdin\n", "", 0},
		{"", []string{script, "7", "x"}, "['7', 'x'] True\n", "", 7},
	}
	for _, tt := range tests {
		out, errOut, status := pyco(t, tt.stdin, tt.args...)
		if out != tt.wantOut || !strings.HasSuffix(errOut, tt.wantErrEnd) || status != tt.wantStatus {
			t.Errorf("pyco %q (stdin %q):\n got stdout %q, stderr %q, status %d\nwant stdout %q, stderr ending %q, status %d",
				tt.args, tt.stdin, out, errOut, status, tt.wantOut, tt.wantErrEnd, tt.wantStatus)
		}
	}
}

// pyStr returns a Python str literal for s (no quotes or backslashes in s).
func pyStr(s string) string { return "'" + s + "'" }
