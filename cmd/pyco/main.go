package main

// This file defines the command-line entry point: flag parsing and wiring.

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"pyco/stdlib"
)

func main() {
	if path := os.Getenv("PYCO_CPUPROFILE"); path != "" {
		f, err := os.Create(path)
		if err != nil {
			fmt.Fprintf(os.Stderr, "pyco: PYCO_CPUPROFILE: %v\n", err)
			os.Exit(2)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintf(os.Stderr, "pyco: PYCO_CPUPROFILE: %v\n", err)
			os.Exit(2)
		}
		code := pycoMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
		pprof.StopCPUProfile()
		f.Close()
		os.Exit(code)
	}
	os.Exit(pycoMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usage is printed for -h and for bad command lines.
const usage = `usage: pyco [-i] [-c CODE | FILE | -] [ARG...]
       pyco test [-v] [DIR|FILE.py ...]
       pyco --version
`

// pycoMain interprets the command line and returns the exit status.
func pycoMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		if isTerminal(stdin) {
			return runInteractive("", nil, stdin, stdout, stderr)
		}
		return runStdin(nil, stdin, stderr)
	}
	switch arg := args[0]; {
	case arg == "test":
		return testMain(args[1:], stdout, stderr)
	case arg == "--version" || arg == "-V":
		fmt.Fprintf(stdout, "pyco %s (Python %s compatible)\n", stdlib.Version, stdlib.PythonVersion)
		return 0
	case arg == "-h" || arg == "--help":
		fmt.Fprint(stdout, usage)
		return 0
	case arg == "-c":
		if len(args) < 2 {
			fmt.Fprintf(stderr, "Argument expected for the -c option\n%s", usage)
			return 2
		}
		return runCommand(args[1], args[2:])
	case arg == "-i":
		if len(args) < 2 {
			return runInteractive("", nil, stdin, stdout, stderr)
		}
		return runInteractive(args[1], args[2:], stdin, stdout, stderr)
	case arg == "-":
		return runStdin(args[1:], stdin, stderr)
	case arg == "--":
		if len(args) < 2 {
			return runStdin(nil, stdin, stderr)
		}
		return runFile(args[1], args[2:], stderr)
	case len(arg) > 1 && arg[0] == '-':
		fmt.Fprintf(stderr, "Unknown option: %s\n%s", arg, usage)
		return 2
	default:
		return runFile(arg, args[1:], stderr)
	}
}
