// Package tests holds pyco's conformance suite: Python scripts whose
// expected behaviour was recorded from CPython 3.11, the oracle. It has no
// Go API; its tests build cmd/pyco and run the suite (conformance_test.go),
// check the command line, and enforce the import rule between pyco's
// packages (deps_test.go).
//
// # Cases
//
// A case is a file cases/<area>/NAME.py. Files whose names start with "_"
// are helper modules that cases import, not cases. Next to each case:
//
//   - NAME.golden, the expected result, always produced by python3 with
//     tests/regen.sh and never by pyco;
//   - NAME.in (optional), the case's standard input; without it stdin is
//     empty.
//
// Both regen.sh and the runner run a case the same way: working directory
// = the case's directory, argument = the bare file name (`python3 NAME.py`,
// `pyco NAME.py`), environment PYTHONHASHSEED=0 and PYTHONIOENCODING=utf-8,
// a 10 s timeout. Occurrences of the case directory's absolute path followed
// by a slash are removed from stderr on both sides.
//
// # Golden layout
//
// A golden file is three sections; each section's content is followed by
// exactly one extra newline, which is not part of the content (so content
// that does not end in a newline is represented exactly):
//
//	status N
//	-- stdout --
//	<stdout bytes>
//	-- stderr --
//	<stderr bytes>
//
// that is, "status N\n-- stdout --\n" + stdout + "\n-- stderr --\n" +
// stderr + "\n".
//
// # Comparison
//
// The exit status and stdout must match exactly. Stderr must match exactly
// except for one normalisation applied to both sides: inside a traceback
// (from a line ending in "Traceback (most recent call last):" through the
// first following line that does not start with a space or "|", i.e. the
// exception line), lines made only of spaces, "^" and "~" (after the
// exception-group margin of spaces and "|") are removed. Those are CPython
// 3.11's PEP 657 position markers, which pyco need not reproduce. Caret
// lines outside tracebacks (SyntaxError reports) are compared exactly.
//
// # Running
//
// `pyco test [-v] [DIR|FILE.py ...]` (cmd/pyco/testcmd.go, the only
// implementation of this format) runs cases in parallel, prints a diff for
// each failure (with -v a line for each pass too) and ends with "N passed,
// M failed"; `go test ./tests` runs it once per area directory as subtests.
// With PYCO_TEST_BINARY=/path/to/python3 the runner executes the cases on
// that interpreter instead of pyco; every case must then pass, which checks
// the runner and the goldens against each other.
//
// To add a case: write cases/<area>/x.py, run `tests/regen.sh
// tests/cases/<area>/x.py`, read the golden it wrote, commit both.
//
// pending/ holds cases in the same format for behaviour that a later, still
// open issue delivers (asyncio, for instance); `go test` does not run them.
// When that issue lands, its cases move unchanged into cases/.
//
// known_differences/ holds cases whose CPython output pyco does not
// reproduce by design (for instance a finally block run at `del` by
// reference counting); known_differences/README.md explains each one and
// what pyco does instead. `go test` does not run them either.
package tests
