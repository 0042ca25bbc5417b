package vm

// This file defines the "coroutine ... was never awaited" warning. CPython
// warns when a coroutine object that never started is finalized:
//
//	file.py:4: RuntimeWarning: coroutine 'f' was never awaited
//	  print(type(f()))
//	RuntimeWarning: Enable tracemalloc to get the object allocation traceback
//
// at the line executing when its last reference went away, or
//
//	sys:1: RuntimeWarning: coroutine 'f' was never awaited
//
// for one still alive at shutdown. Both go through the warnings module's
// "default" action: a given message is shown once per location (file and
// line; "sys:1" counts as one location).
//
// pyco has a tracing GC, so it cannot know when the last reference goes.
// What it does instead (see tests/known_differences/README.md):
//
//   - Each new coroutine records where it was created (the calling frame's
//     code and pc) and goes into a small buffer of recent coroutines
//     (strong references: appending is all a coroutine that is awaited
//     right away costs).
//   - When the buffer fills, after each GC cycle (the eval breaker, as for
//     abandoned generators, genfinal.go) and at exit, the buffer is swept:
//     coroutines that started or were closed are dropped; the others are
//     tracked through a weak pointer.
//   - After a GC cycle, a tracked coroutine that was collected without
//     having started is reported at the line that created it (the same
//     line as CPython's for a coroutine discarded in the statement that
//     made it, the common mistake of calling an async function without
//     await).
//   - At exit (after the script's traceback, if any) the GC runs once more;
//     collected ones are reported as above, in creation order, and the
//     ones still alive as "sys:1".
//   - A coroutine that cannot be collected for a while can skip the
//     buffer's weak tracking until then (DeferUnawaited, TrackUnawaited):
//     asyncio does so for the coroutine of a task created while its loop
//     runs (the loop's queue holds the task's first step until it runs);
//     the loop tracks those that have not started when it stops. A
//     program that creates many tasks at once then costs no weak pointer
//     per task.

import (
	"runtime"
	"strings"
	"weak"
)

// recentCoroutines is the size of the buffer of recent coroutines.
const recentCoroutines = 256

// coroOrigin is where a coroutine was created.
type coroOrigin struct {
	code *Code
	pc   int
}

// line returns the source line of the origin; or 0.
func (o coroOrigin) line() int {
	if o.code == nil {
		return 0
	}
	i := o.pc - 1
	if i >= 0 && i < len(o.code.C.Locs) {
		return o.code.C.Locs[i].Pos.Line
	}
	return o.code.C.FirstLine
}

// unawaitedEntry is a coroutine tracked weakly until it starts or is
// collected.
type unawaitedEntry struct {
	wp       weak.Pointer[Generator]
	qualname string
	origin   coroOrigin
	done     bool // started, closed, or reported
}

// unawaitedTracker is the per-interpreter state of the warning. Only the
// interpreter's goroutine touches it.
type unawaitedTracker struct {
	recent  []*Generator
	tracked []*unawaitedEntry
	shown   map[string]bool // the warnings registry: location + message
}

// noteCoroutine is called for each new coroutine g, created by a call
// from the frame t is running.
func (t *Thread) noteCoroutine(g *Generator) {
	if f := t.frame; f != nil {
		g.origin = coroOrigin{code: f.Code, pc: f.pc}
	}
	u := &t.Interp.unawaited
	if len(u.recent) >= recentCoroutines {
		t.Interp.sweepRecentCoroutines()
	}
	u.recent = append(u.recent, g)
}

// markStarted records that g can no longer be reported (it started or was
// closed).
func (g *Generator) markStarted() {
	if g.unaw != nil {
		if g.unaw != deferredUnawaited {
			g.unaw.done = true
		}
		g.unaw = nil
	}
}

// deferredUnawaited is the unaw of a coroutine whose tracking is
// deferred (it is never written to).
var deferredUnawaited = &unawaitedEntry{done: true}

// DeferUnawaited defers the never-awaited tracking of the coroutine g,
// which its caller keeps alive, until TrackUnawaited(g).
func (g *Generator) DeferUnawaited() {
	if g.kind == genCoroutine && g.unaw == nil && !g.started && !g.done {
		g.unaw = deferredUnawaited
	}
}

// TrackUnawaited ends DeferUnawaited(g): g is tracked as a recent
// coroutine is when the buffer is swept (if it still has not started).
func (t *Thread) TrackUnawaited(g *Generator) {
	if g.unaw != deferredUnawaited {
		return
	}
	g.unaw = nil
	if !g.started && !g.done {
		t.Interp.trackUnawaited(g)
	}
}

// sweepRecentCoroutines empties the buffer of recent coroutines, tracking
// weakly those that have not started.
func (in *Interpreter) sweepRecentCoroutines() {
	u := &in.unawaited
	for i, g := range u.recent {
		u.recent[i] = nil
		if g.started || g.done || g.unaw != nil {
			continue
		}
		in.trackUnawaited(g)
	}
	u.recent = u.recent[:0]
}

// trackUnawaited tracks g weakly until it starts or is collected.
func (in *Interpreter) trackUnawaited(g *Generator) {
	u := &in.unawaited
	e := &unawaitedEntry{wp: weak.Make(g), qualname: g.names.QualName, origin: g.origin}
	g.unaw = e
	u.tracked = append(u.tracked, e)
	if !in.gens.armed {
		in.gens.armed = true
		armGCSentinel(in)
	}
}

// reportCollectedCoroutines warns for the tracked coroutines collected
// without having started, and drops the entries that are finished with.
func (in *Interpreter) reportCollectedCoroutines(t *Thread) {
	u := &in.unawaited
	in.sweepRecentCoroutines()
	live := u.tracked[:0]
	var dead []*unawaitedEntry
	for _, e := range u.tracked {
		switch {
		case e.done:
		case e.wp.Value() == nil:
			dead = append(dead, e)
		default:
			live = append(live, e)
		}
	}
	clear(u.tracked[len(live):])
	u.tracked = live
	for _, e := range dead {
		e.done = true
		in.warnUnawaited(t, e.qualname, e.origin)
	}
}

// unawaitedAtExit reports every coroutine that never started: the
// collected ones at their origin, the live ones as sys:1.
func (in *Interpreter) unawaitedAtExit(t *Thread) {
	u := &in.unawaited
	in.sweepRecentCoroutines()
	if len(u.tracked) == 0 {
		return
	}
	// Pooled frames keep stale slots (frame.go): drop them first.
	clear(t.framePool[:cap(t.framePool)])
	t.framePool = t.framePool[:0]
	runtime.GC()
	in.reportCollectedCoroutines(t)
	for _, e := range u.tracked {
		if e.done {
			continue
		}
		e.done = true
		name := e.qualname
		if g := e.wp.Value(); g != nil {
			name = g.names.QualName
		}
		in.warnUnawaited(t, name, coroOrigin{})
	}
	u.tracked = nil
}

// warnUnawaited prints the warning for a coroutine named qualname created
// at origin (the zero origin: sys:1), once per location and message.
func (in *Interpreter) warnUnawaited(t *Thread, qualname string, origin coroOrigin) {
	msg := "RuntimeWarning: coroutine '" + qualname + "' was never awaited\n"
	var sb strings.Builder
	line := origin.line()
	if line == 0 {
		sb.WriteString("sys:1: " + msg)
	} else {
		filename := origin.code.C.Filename
		sb.WriteString(filename + ":" + itoa(line) + ": " + msg)
		if src, ok := in.SourceLine(filename, line); ok {
			if s := strings.TrimSpace(src); s != "" {
				sb.WriteString("  " + s + "\n")
			}
		}
		sb.WriteString("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n")
	}
	u := &in.unawaited
	key := sb.String()
	if line != 0 {
		key = origin.code.C.Filename + ":" + itoa(line) + ": " + msg
	}
	if u.shown[key] {
		return
	}
	if u.shown == nil {
		u.shown = map[string]bool{}
	}
	u.shown[key] = true
	in.flushStdout(t)
	in.writeStderr(t, sb.String())
}
