// Command pyco runs Python 3 programs on the pyco interpreter.
//
// Usage:
//
//	pyco FILE [ARG...]      run a script (any extension); sys.argv = [FILE, ARG...]
//	pyco -c CODE [ARG...]   run CODE; sys.argv = ['-c', ARG...]
//	pyco - [ARG...]         run the script read from standard input
//	pyco                    the same, when standard input is not a terminal
//	pyco test [-v] [DIR...] run the conformance cases under DIR (default tests/cases)
//	pyco --version          print the version
//
// The exit status is the program's (0, 1 for an uncaught exception, or the
// SystemExit code), 2 for usage errors, 130 after a second Ctrl-C.
//
// Set PYCO_CPUPROFILE=FILE to write a pprof CPU profile of the run.
//
// This file only wires things together: flags, profiling, exit codes. The
// run modes are in run.go and the conformance runner in testcmd.go.
package main
