//go:build pycodebug

package tests

// buildFlags: see buildflags_test.go.
var buildFlags = []string{"-tags", "pycodebug"}
