// Command pyco runs Python 3 programs on the pyco interpreter.
//
// Usage:
//
//	pyco FILE [ARG...]      run a script (any extension); sys.argv = [FILE, ARG...]
//	pyco -c CODE [ARG...]   run CODE; sys.argv = ['-c', ARG...]
//	pyco - [ARG...]         run the script read from standard input
//	pyco                    the same, when standard input is not a terminal
//	pyco                    on a terminal: the REPL (repl.go, terminal.go)
//	pyco -i [FILE [ARG...]] run FILE, then the REPL in its namespace
//	pyco test [-v] [DIR...] run the conformance cases under DIR (default tests/cases)
//	pyco --version          print the version
//
// The exit status is the program's (0, 1 for an uncaught exception, or the
// SystemExit code), 2 for usage errors, 130 after a second Ctrl-C.
//
// Set PYCO_CPUPROFILE=FILE to write a pprof CPU profile of the run, and
// PYCO_MEMPROFILE=FILE for a heap profile (allocations, and the live heap
// as of the last collection) written at exit; PYCO_GOGC=N replaces the
// VM's garbage-collection policy (vm/gcpolicy.go) with a fixed GOGC.
//
// The REPL reads lines with readline (terminal.go), keeps the history in
// ~/.pyco_history ($PYCO_HISTFILE overrides), completes names, attributes
// and keywords with Tab, and runs each input with top-level await on one
// event loop that lives for the session, like `python3 -m asyncio`
// (repl.go): every input runs inside the loop, so create_task works at
// the prompt, and tasks created by one input run while later inputs
// await. Ctrl-C at a prompt discards the line; while an input runs it
// raises KeyboardInterrupt into it (cancelling the awaited task); Ctrl-D
// on an empty line exits with status 0.
//
// This file only wires things together: flags, profiling, exit codes. The
// run modes are in run.go, the REPL in repl.go (session logic) and
// terminal.go (readline glue), and the conformance runner in testcmd.go.
package main
