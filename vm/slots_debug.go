//go:build pycodebug

package vm

import "pyco/compiler"

// With the pycodebug build tag the dispatch loop indexes the real slices:
// every slot and instruction access is bounds-checked against the frame's
// actual slots and the code's actual length, so a stack-depth or jump
// invariant broken by the compiler or the loop panics at once instead of
// reading past the frame. `go test -tags pycodebug ./tests ./vm` runs the
// suites this way (.ci/run).

func slotsOf(f *Frame) []Object { return f.slots }

func codeOf(c *Code) []compiler.Instr { return c.code }
