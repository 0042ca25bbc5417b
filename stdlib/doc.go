// Package stdlib is the registry of pyco's standard library: importing it
// (for its side effects) makes every module importable.
//
// Each module is a package stdlib/<name> that imports only vm and registers
// itself from an init function, with vm.RegisterModule for a module written
// in Go or vm.RegisterSourceModule for one written in Python and embedded
// in the binary (//go:embed). The blank imports below are the only list of
// modules: to add a module, create its package and add one line here.
package stdlib
