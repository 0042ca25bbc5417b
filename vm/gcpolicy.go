package vm

// This file defines how much the Go heap may grow between collections.
//
// Go's pacer lets the heap grow to live + GOGC% of (live heap + roots)
// before the next cycle, and never starts a cycle below 4 MB * GOGC/100.
// One fixed GOGC cannot serve pyco: a script's live heap goes from a few
// MB (most programs, including asyncio ones once the library is
// compiled) to hundreds of MB (100,000 waiting tasks), and pyco's peak
// memory should stay within CPython's, which frees garbage at once.
//
// So the headroom follows the live heap, recomputed after every cycle by
// a finalizer that re-arms itself (gcPacer):
//
//   - up to 8 MB live: 1.5 x live, at least 6 MB, so a small program
//     peaks around 10-20 MB of heap (GOGC=400 let it reach 16-30 MB);
//     (a 4 MB minimum cost gen_pingpong, whose live heap is under 1 MB
//     and which allocates 350 MB of ints, 10% more time for 1-2 MiB);
//   - above: the larger of 12 MB and a quarter of the live heap, so a
//     program with 100 MB live peaks near 125 MB, not 500 MB.
//
// Measured on bench/ (best of 3, 2 cores), against GOGC=400: the asyncio
// benchmarks' peak RSS fell from 29-37 MiB to 19-23 (CPython: 21-23) and
// async_tree's from 69-86 to 50-54 (CPython 56); the time of the
// allocation-heavy benchmarks rose by 1-10% (strings the most), and
// async_event's CPU time doubled while it builds 130 MB of live heap in
// quarter steps (still a third of CPython's time).
//
// PYCO_GOGC=N replaces the policy by a fixed GOGC of N (-1 or off: no
// collection).

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"sync"
)

// The policy's parameters (see above).
const (
	gcSmallHeap     = 8 << 20  // live heaps up to this get gcSmallFactor
	gcSmallFactor   = 1.5      // headroom / live for small heaps
	gcMinHeadroom   = 6 << 20  // headroom never goes below this
	gcLargeHeadroom = 12 << 20 // headroom above gcSmallHeap, at least
	gcLargeFactor   = 0.25     // headroom / live for large heaps, at least
	gcStartPercent  = 150      // GOGC until the first cycle
)

var gcPolicyOnce sync.Once

// startGCPolicy installs the policy (once per process).
func startGCPolicy() {
	gcPolicyOnce.Do(func() {
		if s := os.Getenv("PYCO_GOGC"); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil { // "off", as for GOGC
				n = -1
			}
			debug.SetGCPercent(n)
			return
		}
		debug.SetGCPercent(gcStartPercent)
		p := &gcPacer{samples: []metrics.Sample{
			{Name: "/gc/heap/live:bytes"},
			{Name: "/gc/scan/stack:bytes"},
			{Name: "/gc/scan/globals:bytes"},
		}}
		runtime.SetFinalizer(p, (*gcPacer).afterCycle)
	})
}

// gcPacer is finalized once per GC cycle (it re-arms itself) and then
// sets GOGC for the next cycle. Only the finalizer goroutine touches it.
type gcPacer struct {
	samples []metrics.Sample
}

// afterCycle sets GOGC from the live heap the cycle just measured.
func (p *gcPacer) afterCycle() {
	metrics.Read(p.samples)
	live := float64(p.samples[0].Value.Uint64())
	roots := float64(p.samples[1].Value.Uint64() + p.samples[2].Value.Uint64())
	debug.SetGCPercent(gcPercentFor(live, roots))
	runtime.SetFinalizer(p, (*gcPacer).afterCycle)
}

// gcHeadroom is how far the heap may grow above a live heap of live
// bytes before the next cycle.
func gcHeadroom(live float64) float64 {
	h := gcSmallFactor * live
	if live > gcSmallHeap {
		h = max(gcLargeHeadroom, gcLargeFactor*live)
	}
	return max(h, gcMinHeadroom)
}

// gcPercentFor is the GOGC that gives gcHeadroom(live), given the roots
// (stacks and globals) that Go's pacer counts with the live heap.
func gcPercentFor(live, roots float64) int {
	h := gcHeadroom(live)
	pct := h * 100 / max(live+roots, 1)
	// Go never sets the goal below 4 MB * GOGC/100: a high percent on a
	// small heap would overshoot.
	pct = min(pct, (live+h)*100/(4<<20))
	return int(max(pct, 10))
}
