package vm

// This file defines the closing of abandoned generators: CPython closes a
// suspended generator (raising GeneratorExit at its yield, so that its
// finally blocks run) when its last reference goes, and closes every one
// still alive at interpreter exit. pyco has a tracing GC, so:
//
//   - A generator that suspends inside a try/with block (the only case in
//     which closing it can run code) is tracked: it gets a genFinal (its
//     frame and what closing it needs, and only a weak pointer to the
//     Generator). While suspended its frame points neither to the
//     Generator (f.gen) nor to its last caller (f.back): Generator.run
//     attaches both on each resumption, so an abandoned generator is
//     unreachable and can be collected.
//   - A finalizer that re-arms itself runs once per GC cycle on Go's
//     finalizer goroutine, where pyco code must never run: it only sets a
//     bit of the eval breaker. The interpreter's goroutine, at its next
//     breaker check (a backward jump or a call), scans the tracked
//     generators: for each one whose weak pointer is now nil it rebuilds a
//     Generator around the frame and closes it, reporting errors as CPython
//     reports unraisable exceptions ("Exception ignored in: ..."). One weak
//     pointer per tracked generator and one scan per GC cycle are cheaper
//     than a runtime.AddCleanup per generator.
//   - At exit (Interpreter.Main, after the script and its traceback if
//     any) every tracked generator not finished yet is closed: first those
//     bound to global names of __main__, in the order of the names'
//     insertion (as CPython 3.11 does for a simple script), then the rest
//     in the order they were first tracked (first suspension inside a
//     block). CPython's order for the rest comes from its cycle collector
//     (e.g. a list's generators are closed last first): pyco does not
//     reproduce it. Alive generators are found through a weak pointer so
//     that they keep their identity.
//   - Each tracked generator is closed at most once (as CPython calls a
//     generator's finalizer once): one that ignores GeneratorExit reports
//     "RuntimeError: generator ignored GeneratorExit" and is left alone.
//
// Known limits: the finally runs at some later safe point, not at `del`;
// a generator reachable from its own frame (e.g. a method generator whose
// self holds it) is never collected before exit, since the genFinal keeps
// the frame; it is still closed at exit.

import (
	"runtime"
	"strings"
	"sync/atomic"
	"weak"
)

// Bits of Interpreter.pending (the eval breaker).
const (
	breakInterrupt = 1 << iota // KeyboardInterrupt pending
	breakFinalize              // abandoned generators are queued
)

// genFinal is what closing a tracked generator needs, without a pointer
// to the Generator.
type genFinal struct {
	frame   *Frame
	code    *Code
	kind    genKind
	names   *genNames
	id      uintptr                 // the Generator's address, for reprs
	wp      weak.Pointer[Generator] // the Generator while it is alive
	excInfo *Exception              // Generator.excInfo at the last suspension
	done    bool                    // finished or closed
}

// genTracker is the per-interpreter state of abandoned-generator closing.
// Only the interpreter's goroutine touches it.
type genTracker struct {
	tracked  []*genFinal // in order of tracking; finished ones pruned
	scanning bool
	armed    bool
	exiting  bool
}

// gcSentinel is an object whose finalizer runs once per GC cycle (it
// re-arms itself): it sets the eval breaker so that the interpreter scans
// its tracked generators for collected ones. It holds the interpreter
// weakly and stops once the interpreter is gone or has exited.
type gcSentinel struct {
	in weak.Pointer[Interpreter]
	_  [2]*int // not a tiny allocation
}

func armGCSentinel(in *Interpreter) {
	runtime.SetFinalizer(&gcSentinel{in: weak.Make(in)}, gcSentinelFinalizer)
}

func gcSentinelFinalizer(s *gcSentinel) {
	in := s.in.Value()
	if in == nil || atomic.LoadInt32(&in.gensExited) != 0 {
		return
	}
	atomic.OrInt32(&in.pending, breakFinalize)
	// Re-arm on the same object: it is finalized again after the next
	// cycle.
	runtime.SetFinalizer(s, gcSentinelFinalizer)
}

// track is called when g suspends: a generator suspended inside a block
// gets a genFinal; a tracked one refreshes its excInfo.
func (g *Generator) track(in *Interpreter, f *Frame) {
	if g.fin != nil {
		g.fin.excInfo = g.excInfo
		return
	}
	if len(f.blocks) == 0 {
		return
	}
	fin := &genFinal{frame: f, code: g.code, kind: g.kind, names: g.names,
		id: objectID(g), wp: weak.Make(g), excInfo: g.excInfo}
	g.fin = fin
	gt := &in.gens
	if !gt.armed {
		gt.armed = true
		armGCSentinel(in)
	}
	gt.tracked = append(gt.tracked, fin)
}

// untrack is called when a tracked generator finishes.
func (g *Generator) untrack() {
	if fin := g.fin; fin != nil {
		fin.done = true
		fin.frame = nil
		fin.excInfo = nil
		if !g.revived {
			g.fin = nil
		}
	}
}

// revive returns the generator of fin: the original while it is alive,
// else a new Generator around the frame.
func (fin *genFinal) revive() *Generator {
	if g := fin.wp.Value(); g != nil {
		return g
	}
	return &Generator{frame: fin.frame, code: fin.code, kind: fin.kind, names: fin.names,
		started: true, excInfo: fin.excInfo, revived: true, fin: fin}
}

// closeTracked closes the generator of fin, reporting an error as
// unraisable.
func (in *Interpreter) closeTracked(t *Thread, fin *genFinal) {
	if fin.done {
		return
	}
	g := fin.revive()
	// fin stays attached (done) so that a generator that ignores
	// GeneratorExit and suspends again is not tracked again.
	fin.done = true
	if g.done {
		return
	}
	if err := g.Close(t); err != nil {
		in.printUnraisable(t, g, toException(err))
	}
	fin.frame = nil
	fin.excInfo = nil
}

// printUnraisable reports an exception raised while closing g the way
// CPython's sys.unraisablehook does.
func (in *Interpreter) printUnraisable(t *Thread, g *Generator, e *Exception) {
	in.flushStdout(t)
	r, err := genRepr(t, g)
	desc := "<generator>"
	if err == nil {
		desc = r.(*Str).S
	}
	var sb strings.Builder
	sb.WriteString("Exception ignored in: " + desc + "\n")
	// The hook prints the exception alone, without its chain.
	in.formatOne(t, &sb, e, "")
	in.writeStderr(t, sb.String())
}

// runFinalizers runs on the interpreter's goroutine, from the eval
// breaker, after a GC cycle: it drops the finished tracked generators and
// closes the collected ones.
func (in *Interpreter) runFinalizers(t *Thread) {
	gt := &in.gens
	if gt.scanning || gt.exiting {
		return
	}
	gt.scanning = true
	defer func() { gt.scanning = false }()
	in.reportCollectedCoroutines(t) // unawaited.go
	var dead []*genFinal
	live := gt.tracked[:0]
	for _, fin := range gt.tracked {
		switch {
		case fin.done:
		case fin.wp.Value() == nil:
			dead = append(dead, fin)
		default:
			live = append(live, fin)
		}
	}
	clear(gt.tracked[len(live):])
	gt.tracked = live
	// Closing runs pyco code, which may track more generators.
	for _, fin := range dead {
		in.closeTracked(t, fin)
	}
}

// closeAtExit closes every tracked generator not finished yet (see the
// order at the top of the file).
func (in *Interpreter) closeAtExit(t *Thread) {
	gt := &in.gens
	gt.exiting = true // the breaker no longer scans
	atomic.StoreInt32(&in.gensExited, 1)
	if len(gt.tracked) == 0 {
		return
	}
	if m, ok := in.Modules.GetStr("__main__"); ok {
		if mod, ok := m.(*Module); ok {
			var globals []*genFinal
			mod.Dict.Items(func(k, v Object) bool {
				if g, ok := v.(*Generator); ok && g.fin != nil {
					globals = append(globals, g.fin)
				}
				return true
			})
			for _, fin := range globals {
				in.closeTracked(t, fin)
			}
		}
	}
	// Closing may track more generators: index, not range.
	for i := 0; i < len(gt.tracked); i++ {
		in.closeTracked(t, gt.tracked[i])
	}
}
