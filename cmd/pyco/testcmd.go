package main

// This file defines `pyco test`, the conformance runner, and with it the one
// implementation of the case format documented in tests/doc.go.
//
// A case is a file NAME.py (any directory; names starting with "_" are
// helper modules, not cases) next to NAME.golden, produced by CPython 3.11
// (tests/regen.sh), and optionally NAME.in, the case's standard input. The
// runner executes the pyco binary itself on each case and compares exit
// status, stdout and stderr with the golden file.

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// caseTimeout bounds the run time of one case.
const caseTimeout = 10 * time.Second

// A golden is the parsed content of a NAME.golden file.
type golden struct {
	status int
	stdout string
	stderr string
}

// A caseResult is the outcome of running one case.
type caseResult struct {
	path   string // the case's .py file as given or found
	pass   bool
	report string // why it failed (a diff); or "" when it passed
	dur    time.Duration
}

// testMain implements `pyco test [-v] [DIR|FILE...]` and returns the exit
// status: 0 when every case passes, 1 when one fails, 2 on usage errors.
func testMain(args []string, stdout, stderr io.Writer) int {
	fset := flag.NewFlagSet("pyco test", flag.ContinueOnError)
	fset.SetOutput(stderr)
	verbose := fset.Bool("v", false, "also report each passing case")
	fset.Usage = func() {
		fmt.Fprintln(stderr, "usage: pyco test [-v] [DIR|FILE.py ...]   (default DIR: tests/cases)")
	}
	if err := fset.Parse(args); err != nil {
		return 2
	}
	roots := fset.Args()
	if len(roots) == 0 {
		roots = []string{filepath.Join("tests", "cases")}
	}
	// PYCO_TEST_BINARY runs the cases on another interpreter: with python3
	// every case must pass, which checks the runner against regen.sh.
	bin := os.Getenv("PYCO_TEST_BINARY")
	if bin == "" {
		var err error
		if bin, err = os.Executable(); err != nil {
			fmt.Fprintf(stderr, "pyco test: cannot find the pyco binary: %v\n", err)
			return 2
		}
	}
	cases, err := findCases(roots)
	if err != nil {
		fmt.Fprintf(stderr, "pyco test: %v\n", err)
		return 2
	}
	failed := runCases(bin, cases, *verbose, stdout)
	fmt.Fprintf(stdout, "%d passed, %d failed\n", len(cases)-failed, failed)
	if failed > 0 {
		return 1
	}
	return 0
}

// findCases returns the case files under roots, sorted. A root may be a
// directory (searched recursively) or a single .py file.
func findCases(roots []string) ([]string, error) {
	var cases []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			cases = append(cases, p)
		}
	}
	for _, root := range roots {
		info, err := os.Stat(root)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			if !strings.HasSuffix(root, ".py") {
				return nil, fmt.Errorf("%s: not a directory or a .py case", root)
			}
			add(filepath.Clean(root))
			continue
		}
		err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if isCase(d) {
				add(p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	sort.Strings(cases)
	return cases, nil
}

// isCase reports whether a directory entry is a conformance case.
func isCase(d fs.DirEntry) bool {
	name := d.Name()
	return !d.IsDir() && strings.HasSuffix(name, ".py") && !strings.HasPrefix(name, "_")
}

// runCases runs the cases on GOMAXPROCS workers using the pyco binary bin,
// prints a report for each failure (and each pass when verbose) in case
// order, and returns the number of failures.
func runCases(bin string, cases []string, verbose bool, out io.Writer) int {
	results := make([]chan caseResult, len(cases))
	for i := range results {
		results[i] = make(chan caseResult, 1)
	}
	jobs := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] <- runCase(bin, cases[i])
			}
		}()
	}
	go func() {
		for i := range cases {
			jobs <- i
		}
		close(jobs)
	}()
	failed := 0
	for i := range cases {
		r := <-results[i]
		switch {
		case !r.pass:
			failed++
			fmt.Fprintf(out, "--- FAIL: %s (%.2fs)\n%s", r.path, r.dur.Seconds(), r.report)
		case verbose:
			fmt.Fprintf(out, "--- PASS: %s (%.2fs)\n", r.path, r.dur.Seconds())
		}
	}
	wg.Wait()
	return failed
}

// runCase runs one case and compares it with its golden file.
func runCase(bin, path string) caseResult {
	start := time.Now()
	res := caseResult{path: path}
	finish := func(report string) caseResult {
		res.dur = time.Since(start)
		res.pass = report == ""
		res.report = report
		return res
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	name := strings.TrimSuffix(base, ".py")
	data, err := os.ReadFile(filepath.Join(dir, name+".golden"))
	if err != nil {
		return finish(fmt.Sprintf("    no golden file: %v (generate it with tests/regen.sh %s)\n", err, path))
	}
	want, err := parseGolden(data)
	if err != nil {
		return finish(fmt.Sprintf("    %s.golden: %v\n", name, err))
	}
	got, err := execCase(bin, dir, base, name)
	if err != nil {
		return finish(fmt.Sprintf("    %v\n", err))
	}
	return finish(compareGolden(want, got))
}

// execCase runs `bin base` in dir the way tests/regen.sh runs python3, and
// returns what it produced.
func execCase(bin, dir, base, name string) (golden, error) {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return golden{}, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), caseTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, base)
	cmd.Dir = absDir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	if f, err := os.Open(filepath.Join(absDir, name+".in")); err == nil {
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	cmd.WaitDelay = time.Second
	err = cmd.Run()
	if ctx.Err() != nil {
		return golden{}, fmt.Errorf("timed out after %v\n    partial stdout: %q\n    partial stderr: %q",
			caseTimeout, truncate(stdout.String()), truncate(stderr.String()))
	}
	status := 0
	if err != nil {
		var exitErr *exec.ExitError
		if !errors.As(err, &exitErr) {
			return golden{}, fmt.Errorf("cannot run %s: %v", bin, err)
		}
		status = exitErr.ExitCode()
		if status < 0 { // killed by a signal
			status = 128 + signalNumber(exitErr)
		}
	}
	// The same normalisation regen.sh applies to python3's stderr: CPython
	// names the script by its absolute path in some messages.
	errText := strings.ReplaceAll(stderr.String(), absDir+string(filepath.Separator), "")
	return golden{status: status, stdout: stdout.String(), stderr: errText}, nil
}

// signalNumber returns the number of the signal that killed a process.
func signalNumber(e *exec.ExitError) int {
	if ws, ok := e.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		return int(ws.Signal())
	}
	return 0
}

// truncate shortens s for a report.
func truncate(s string) string {
	const max = 400
	if len(s) > max {
		return s[:max] + "..."
	}
	return s
}

// Section headers of the golden format.
const (
	stdoutHeader = "-- stdout --\n"
	stderrHeader = "-- stderr --\n"
)

// parseGolden parses the golden layout:
//
//	status N\n-- stdout --\n<stdout>\n-- stderr --\n<stderr>\n
//
// Each section's content is followed by exactly one extra newline, which is
// stripped.
func parseGolden(data []byte) (golden, error) {
	s := string(data)
	line, rest, ok := strings.Cut(s, "\n")
	if !ok || !strings.HasPrefix(line, "status ") {
		return golden{}, errors.New(`first line must be "status N"`)
	}
	status, err := strconv.Atoi(strings.TrimPrefix(line, "status "))
	if err != nil {
		return golden{}, fmt.Errorf("bad status line %q", line)
	}
	if !strings.HasPrefix(rest, stdoutHeader) {
		return golden{}, fmt.Errorf("line 2 must be %q", strings.TrimSuffix(stdoutHeader, "\n"))
	}
	rest = rest[len(stdoutHeader):]
	i := strings.Index(rest, "\n"+stderrHeader)
	if i < 0 {
		return golden{}, fmt.Errorf("missing %q section", strings.TrimSuffix(stderrHeader, "\n"))
	}
	stdout := rest[:i]
	stderr := rest[i+1+len(stderrHeader):]
	if !strings.HasSuffix(stderr, "\n") {
		return golden{}, errors.New("stderr section must end with an extra newline")
	}
	return golden{status: status, stdout: stdout, stderr: stderr[:len(stderr)-1]}, nil
}

// formatGolden renders g in the golden layout (the inverse of parseGolden).
func formatGolden(g golden) string {
	return fmt.Sprintf("status %d\n%s%s\n%s%s\n", g.status, stdoutHeader, g.stdout, stderrHeader, g.stderr)
}

// compareGolden compares a run with its golden and returns "" when they
// match, or a report of every difference.
func compareGolden(want, got golden) string {
	var b strings.Builder
	if want.status != got.status {
		fmt.Fprintf(&b, "    exit status: want %d, got %d\n", want.status, got.status)
	}
	if want.stdout != got.stdout {
		b.WriteString("    stdout differs (- want, + got):\n")
		b.WriteString(lineDiff(want.stdout, got.stdout))
	}
	if ws, gs := normalizeStderr(want.stderr), normalizeStderr(got.stderr); ws != gs {
		b.WriteString("    stderr differs (- want, + got; traceback caret lines ignored):\n")
		b.WriteString(lineDiff(ws, gs))
	}
	return b.String()
}

// normalizeStderr removes CPython 3.11's PEP 657 position markers from the
// tracebacks in s: inside a traceback, that is from a line ending in
// "Traceback (most recent call last):" up to and including the first
// following line that does not start with a space or "|", a line whose
// content, after the exception-group margin of spaces and "|", consists only
// of spaces, "^" and "~" (at least one of the latter) is dropped.
func normalizeStderr(s string) string {
	if !strings.Contains(s, "Traceback (most recent call last):") {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	out := lines[:0]
	inTraceback := false
	for _, line := range lines {
		content := strings.TrimSuffix(line, "\n")
		switch {
		case strings.HasSuffix(content, "Traceback (most recent call last):"):
			inTraceback = true
		case inTraceback && isCaretLine(content):
			continue
		case inTraceback && !strings.HasPrefix(content, " ") && !strings.HasPrefix(content, "|"):
			inTraceback = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "")
}

// isCaretLine reports whether line is a traceback position marker line such
// as "    ^^^^^" or "  |     ~~~^^^".
func isCaretLine(line string) bool {
	body := strings.TrimLeft(line, " |")
	if body == "" {
		return false
	}
	return strings.Trim(body, " ^~") == "" && strings.ContainsAny(body, "^~")
}

// lineDiff returns a line diff of a and b: lines only in a are prefixed
// "-", lines only in b "+", and up to two common lines of context around
// each change are prefixed " ". Every line is indented by four spaces. A
// final line without a newline is marked.
func lineDiff(a, b string) string {
	al, bl := splitLines(a), splitLines(b)
	ops := diffOps(al, bl)
	const context = 2
	var sb strings.Builder
	// keep[i] reports whether ops[i] is printed: changes and their context.
	keep := make([]bool, len(ops))
	for i, op := range ops {
		if op.kind != ' ' {
			for j := max(0, i-context); j <= min(len(ops)-1, i+context); j++ {
				keep[j] = true
			}
		}
	}
	skipped := false
	for i, op := range ops {
		if !keep[i] {
			skipped = true
			continue
		}
		if skipped {
			sb.WriteString("    ...\n")
			skipped = false
		}
		fmt.Fprintf(&sb, "    %c%s\n", op.kind, op.line)
	}
	if skipped {
		sb.WriteString("    ...\n")
	}
	return sb.String()
}

// splitLines splits s into lines, marking a last line without newline.
func splitLines(s string) []string {
	if s == "" {
		return nil
	}
	lines := strings.Split(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	} else {
		lines[len(lines)-1] += "⏎(no newline at end)"
	}
	return lines
}

// A diffOp is one line of a diff: kind is ' ' (common), '-' or '+'.
type diffOp struct {
	kind byte
	line string
}

// diffOps computes a shortest edit script between a and b by dynamic
// programming over the longest common subsequence. Outputs too large for
// that are shown as a whole removal and insertion.
func diffOps(a, b []string) []diffOp {
	var ops []diffOp
	// Trim the common prefix and suffix first: most diffs are small.
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	for _, l := range a[:pre] {
		ops = append(ops, diffOp{' ', l})
	}
	ma, mb := a[pre:len(a)-suf], b[pre:len(b)-suf]
	if len(ma)*len(mb) > 4_000_000 {
		for _, l := range ma {
			ops = append(ops, diffOp{'-', l})
		}
		for _, l := range mb {
			ops = append(ops, diffOp{'+', l})
		}
	} else {
		// lcs[i][j] is the LCS length of ma[i:] and mb[j:].
		lcs := make([][]int32, len(ma)+1)
		for i := range lcs {
			lcs[i] = make([]int32, len(mb)+1)
		}
		for i := len(ma) - 1; i >= 0; i-- {
			for j := len(mb) - 1; j >= 0; j-- {
				if ma[i] == mb[j] {
					lcs[i][j] = lcs[i+1][j+1] + 1
				} else {
					lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
				}
			}
		}
		i, j := 0, 0
		for i < len(ma) || j < len(mb) {
			switch {
			case i < len(ma) && j < len(mb) && ma[i] == mb[j]:
				ops = append(ops, diffOp{' ', ma[i]})
				i++
				j++
			case i < len(ma) && (j == len(mb) || lcs[i+1][j] >= lcs[i][j+1]):
				ops = append(ops, diffOp{'-', ma[i]})
				i++
			default:
				ops = append(ops, diffOp{'+', mb[j]})
				j++
			}
		}
	}
	for _, l := range a[len(a)-suf:] {
		ops = append(ops, diffOp{' ', l})
	}
	return ops
}
