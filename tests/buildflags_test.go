//go:build !pycodebug

package tests

// buildFlags are the extra `go build` flags of the pyco binary the suite
// runs: none normally; -tags pycodebug when the suite itself is built with
// that tag (buildflags_debug_test.go), so that `go test -tags pycodebug
// ./tests` runs every case with the dispatch loop's bounds checks on.
var buildFlags []string
