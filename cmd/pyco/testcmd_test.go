package main

// This file tests the conformance runner against fake cases: the "pyco
// binary" is /bin/sh and the case files are shell scripts, so the runner is
// exercised end to end without the interpreter.

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseGolden(t *testing.T) {
	tests := []struct {
		in   string
		want golden
	}{
		{"status 0\n-- stdout --\nhi\n\n-- stderr --\n\n", golden{0, "hi\n", ""}},
		{"status 1\n-- stdout --\n\n-- stderr --\nboom\n\n", golden{1, "", "boom\n"}},
		{"status 3\n-- stdout --\nno newline\n-- stderr --\nerr\n", golden{3, "no newline", "err"}},
		{"status 0\n-- stdout --\n\n\n\n-- stderr --\n\n", golden{0, "\n\n", ""}},
	}
	for _, tt := range tests {
		got, err := parseGolden([]byte(tt.in))
		if err != nil {
			t.Errorf("parseGolden(%q): %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("parseGolden(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
		if back := formatGolden(got); back != tt.in {
			t.Errorf("formatGolden(%+v) = %q, want %q", got, back, tt.in)
		}
	}
	for _, bad := range []string{
		"", "status x\n-- stdout --\n\n-- stderr --\n\n",
		"status 0\n-- stdout --\nhi\n", "status 0\nstdout\n\n-- stderr --\n\n",
		"status 0\n-- stdout --\n\n-- stderr --\nno final newline",
	} {
		if _, err := parseGolden([]byte(bad)); err == nil {
			t.Errorf("parseGolden(%q) succeeded, want an error", bad)
		}
	}
}

func TestNormalizeStderr(t *testing.T) {
	in := `Traceback (most recent call last):
  File "x.py", line 2, in <module>
    print(a[1] + f(x))
          ~~~~~^~~~~~
TypeError: boom
   ^^^ not in a traceback
  + Exception Group Traceback (most recent call last):
  |   File "g.py", line 1, in <module>
  |     raise ExceptionGroup('many', [ValueError('a')])
  |     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  | ExceptionGroup: many (1 sub-exception)
  +-+---------------- 1 ----------------
    | ValueError: a
    +------------------------------------
`
	want := `Traceback (most recent call last):
  File "x.py", line 2, in <module>
    print(a[1] + f(x))
TypeError: boom
   ^^^ not in a traceback
  + Exception Group Traceback (most recent call last):
  |   File "g.py", line 1, in <module>
  |     raise ExceptionGroup('many', [ValueError('a')])
  | ExceptionGroup: many (1 sub-exception)
  +-+---------------- 1 ----------------
    | ValueError: a
    +------------------------------------
`
	if got := normalizeStderr(in); got != want {
		t.Errorf("normalizeStderr:\n%s\nwant:\n%s", got, want)
	}
	// A caret line outside any traceback is kept (SyntaxError reports).
	syntax := "  File \"x.py\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n"
	if got := normalizeStderr(syntax); got != syntax {
		t.Errorf("normalizeStderr changed a SyntaxError report:\n%s", got)
	}
}

func TestLineDiff(t *testing.T) {
	got := lineDiff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nX\ne\nf\ng\n")
	want := "    ...\n     b\n     c\n    -d\n    +X\n     e\n     f\n    ...\n"
	if got != want {
		t.Errorf("lineDiff =\n%s\nwant\n%s", got, want)
	}
	got = lineDiff("x\n", "x")
	want = "    -x\n    +x⏎(no newline at end)\n"
	if got != want {
		t.Errorf("lineDiff =\n%q\nwant\n%q", got, want)
	}
}

// writeCase writes a fake case: a shell script and its golden file.
func writeCase(t *testing.T, dir, name, script, goldenText string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name+".py"), []byte(script), 0o644); err != nil {
		t.Fatal(err)
	}
	if goldenText != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".golden"), []byte(goldenText), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRunCases(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	root := t.TempDir()
	area := filepath.Join(root, "area")
	if err := os.Mkdir(area, 0o755); err != nil {
		t.Fatal(err)
	}
	writeCase(t, area, "pass_simple", "echo hi; echo err >&2; exit 3\n",
		"status 3\n-- stdout --\nhi\n\n-- stderr --\nerr\n\n")
	// The environment, the working directory and the .in file are as documented.
	writeCase(t, area, "pass_env", `echo "$PYTHONHASHSEED $PYTHONIOENCODING $(basename "$PWD") $0"; cat`+"\n",
		"status 0\n-- stdout --\n0 utf-8 area pass_env.py\nfrom stdin\n\n-- stderr --\n\n")
	if err := os.WriteFile(filepath.Join(area, "pass_env.in"), []byte("from stdin\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Carets differ and the absolute directory is stripped from stderr.
	writeCase(t, area, "pass_carets",
		`printf 'Traceback (most recent call last):\n  File "%s/pass_carets.py", line 1, in <module>\n    f()\n    ~^^\nE: x\n' "$PWD" >&2; exit 1`+"\n",
		"status 1\n-- stdout --\n\n-- stderr --\nTraceback (most recent call last):\n  File \"pass_carets.py\", line 1, in <module>\n    f()\n    ^^^\nE: x\n\n")
	writeCase(t, area, "fail_stdout", "echo one; echo two\n",
		"status 0\n-- stdout --\none\nthree\n\n-- stderr --\n\n")
	writeCase(t, area, "fail_status", "exit 4\n", "status 0\n-- stdout --\n\n-- stderr --\n\n")
	writeCase(t, area, "fail_nogolden", "true\n", "")
	writeCase(t, area, "_helper", "exit 1\n", "")
	sub := filepath.Join(area, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	writeCase(t, sub, "pass_nested", "printf 'no newline'\n",
		"status 0\n-- stdout --\nno newline\n-- stderr --\n\n")

	cases, err := findCases([]string{area})
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 7 {
		t.Fatalf("findCases found %d cases, want 7: %v", len(cases), cases)
	}
	var out strings.Builder
	failed := runCases(sh, cases, true, &out)
	report := out.String()
	if failed != 3 {
		t.Errorf("runCases: %d failed, want 3; report:\n%s", failed, report)
	}
	for _, want := range []string{
		"--- PASS: " + filepath.Join(area, "pass_simple.py"),
		"--- PASS: " + filepath.Join(area, "pass_env.py"),
		"--- PASS: " + filepath.Join(area, "pass_carets.py"),
		"--- PASS: " + filepath.Join(sub, "pass_nested.py"),
		"--- FAIL: " + filepath.Join(area, "fail_stdout.py"),
		"    -three\n    +two\n",
		"exit status: want 0, got 4",
		"no golden file",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, "_helper") {
		t.Errorf("report mentions the helper module:\n%s", report)
	}
}
