package eventloop

// This file defines the Loop, its Handles, the ready FIFO, the timer heap
// and the inbox.

import (
	"errors"
	"os"
	"os/signal"
	"sync"
	"time"
)

// A Runner is a callback: Run returns an error to abort the loop's
// iteration (see RunOnce). An object that is run again and again (an
// asyncio task's step) can embed its Handle and be its Runner, which
// costs no allocation per handle beyond the object itself.
type Runner interface {
	Run() error
}

// funcRunner runs a func (a func value fits in an interface without
// allocating).
type funcRunner func() error

func (f funcRunner) Run() error { return f() }

// A Handle is a scheduled callback: ready (CallSoon) or timed (CallAt).
// It is kept small (48 bytes): tasks embed one each.
type Handle struct {
	run       Runner
	loop      *Loop
	when      time.Duration // the deadline of a timer
	seq       uint64        // insertion order, breaks ties between timers
	index     int32         // position in the timer heap; or -1
	timer     bool          // created by CallAt
	cancelled bool
	queued    bool // in the ready FIFO or the heap
}

// NewHandle returns an unscheduled handle for fn on l (see Schedule).
func (l *Loop) NewHandle(fn func() error) *Handle {
	return &Handle{run: funcRunner(fn), loop: l, index: -1}
}

// InitHandle makes *h an unscheduled handle on l that runs r (see
// Schedule); h is typically a field of r.
func (l *Loop) InitHandle(h *Handle, r Runner) {
	*h = Handle{run: r, loop: l, index: -1}
}

// Cancel cancels the handle: a ready handle will be skipped, a timer is
// removed from the heap. Cancelling twice is harmless.
func (h *Handle) Cancel() {
	if h.cancelled {
		return
	}
	h.cancelled = true
	if h.index >= 0 {
		h.loop.timers.remove(int(h.index))
		h.queued = false
	}
}

// Cancelled reports whether Cancel was called.
func (h *Handle) Cancelled() bool { return h.cancelled }

// When returns a timer's deadline (on the loop's clock).
func (h *Handle) When() time.Duration { return h.when }

// IsTimer reports whether the handle was created by CallAt/CallLater.
func (h *Handle) IsTimer() bool { return h.timer }

// Queued reports whether the handle is waiting to run.
func (h *Handle) Queued() bool { return h.queued }

// ErrQueued is the panic value of Schedule for a handle already queued.
var ErrQueued = errors.New("eventloop: handle already queued")

// A Loop is the event loop engine. The zero value is not usable: create
// loops with New.
type Loop struct {
	clock Clock

	// ready is a ring buffer: ready[(head+i)%len] for i < n.
	ready []*Handle
	head  int
	n     int

	timers timerHeap
	seq    uint64

	mu    sync.Mutex
	inbox []func() error
	spare []func() error
	wake  chan struct{}

	stopping bool
	running  bool

	sigMu   sync.Mutex
	sigCh   chan os.Signal
	sigDone chan struct{}
	sigFns  map[os.Signal]func() error
}

// New returns a loop on clock (a RealClock when nil).
func New(clock Clock) *Loop {
	if clock == nil {
		clock = NewRealClock()
	}
	return &Loop{clock: clock, ready: make([]*Handle, 16), wake: make(chan struct{}, 1)}
}

// Now returns the loop's time.
func (l *Loop) Now() time.Duration { return l.clock.Now() }

// Clock returns the loop's clock.
func (l *Loop) Clock() Clock { return l.clock }

// CallSoon schedules fn to run in a following iteration, after the
// callbacks already ready.
func (l *Loop) CallSoon(fn func() error) *Handle {
	h := &Handle{run: funcRunner(fn), loop: l, index: -1}
	l.push(h)
	return h
}

// Schedule queues an existing handle that is not queued (typically one
// that has run) as a ready callback; its cancelled flag is cleared.
func (l *Loop) Schedule(h *Handle) {
	if h.queued {
		panic(ErrQueued)
	}
	h.cancelled = false
	h.timer = false
	l.push(h)
}

// push appends h to the ready FIFO.
func (l *Loop) push(h *Handle) {
	if l.n == len(l.ready) {
		grown := make([]*Handle, 2*len(l.ready))
		for i := 0; i < l.n; i++ {
			grown[i] = l.ready[(l.head+i)%len(l.ready)]
		}
		l.ready = grown
		l.head = 0
	}
	l.ready[(l.head+l.n)%len(l.ready)] = h
	l.n++
	h.queued = true
}

// pop removes the oldest ready handle.
func (l *Loop) pop() *Handle {
	h := l.ready[l.head]
	l.ready[l.head] = nil
	l.head++
	if l.head == len(l.ready) {
		l.head = 0
	}
	l.n--
	h.queued = false
	return h
}

// CallAt schedules fn to run at the deadline when (on the loop's clock).
func (l *Loop) CallAt(when time.Duration, fn func() error) *Handle {
	l.seq++
	h := &Handle{run: funcRunner(fn), loop: l, when: when, seq: l.seq, index: -1, timer: true, queued: true}
	l.timers.push(h)
	return h
}

// CallLater schedules fn to run after delay d.
func (l *Loop) CallLater(d time.Duration, fn func() error) *Handle {
	return l.CallAt(l.clock.Now()+d, fn)
}

// Ready returns the number of ready callbacks.
func (l *Loop) Ready() int { return l.n }

// Timers returns the number of scheduled (not cancelled) timers.
func (l *Loop) Timers() int { return len(l.timers) }

// Post queues fn to run on the loop and wakes the loop up if it sleeps.
// It is safe to call from any goroutine.
func (l *Loop) Post(fn func() error) {
	l.mu.Lock()
	l.inbox = append(l.inbox, fn)
	l.mu.Unlock()
	l.Wake()
}

// Wake wakes the loop up if it sleeps (or makes its next sleep return at
// once). It is safe to call from any goroutine.
func (l *Loop) Wake() {
	select {
	case l.wake <- struct{}{}:
	default:
	}
}

// drainInbox moves the posted callbacks into the ready FIFO.
func (l *Loop) drainInbox() {
	l.mu.Lock()
	in := l.inbox
	l.inbox = l.spare[:0]
	l.mu.Unlock()
	for i, fn := range in {
		l.push(&Handle{run: funcRunner(fn), loop: l, index: -1})
		in[i] = nil
	}
	l.spare = in
}

// RunOnce runs one iteration: posted callbacks become ready; if nothing
// is ready (and Stop was not called) it sleeps until the earliest timer
// or a Post; due timers become ready; then the callbacks ready at that
// point run, in order, skipping cancelled ones. It returns the first
// error a callback returns, leaving the rest queued.
func (l *Loop) RunOnce() error {
	l.drainInbox()
	if l.n == 0 && !l.stopping {
		timeout := time.Duration(-1)
		if len(l.timers) > 0 {
			timeout = l.timers[0].when - l.clock.Now()
			if timeout < 0 {
				timeout = 0
			}
		}
		if timeout != 0 {
			l.clock.Sleep(timeout, l.wake)
		}
		l.drainInbox()
	}
	if len(l.timers) > 0 {
		now := l.clock.Now()
		for len(l.timers) > 0 && l.timers[0].when <= now {
			h := l.timers.pop()
			l.push(h)
		}
	}
	for ntodo := l.n; ntodo > 0; ntodo-- {
		h := l.pop()
		if h.cancelled {
			continue
		}
		if err := h.run.Run(); err != nil {
			return err
		}
	}
	return nil
}

// Run runs iterations until Stop is called (the iteration in which it is
// called completes) or a callback returns an error.
func (l *Loop) Run() error {
	l.running = true
	defer func() { l.running = false; l.stopping = false }()
	for {
		if err := l.RunOnce(); err != nil {
			return err
		}
		if l.stopping {
			return nil
		}
	}
}

// Stop makes Run return after the current iteration; called before Run,
// Run does one iteration without sleeping.
func (l *Loop) Stop() { l.stopping = true }

// Stopping reports whether Stop was called and Run has not returned yet.
func (l *Loop) Stopping() bool { return l.stopping }

// ClearStop forgets a Stop (for a run that ends by another way).
func (l *Loop) ClearStop() { l.stopping = false }

// Running reports whether Run is running.
func (l *Loop) Running() bool { return l.running }

// Close drops every queued callback and timer and stops watching signals.
func (l *Loop) Close() {
	for l.n > 0 {
		l.pop()
	}
	for len(l.timers) > 0 {
		l.timers.pop()
	}
	l.mu.Lock()
	l.inbox = nil
	l.mu.Unlock()
	l.sigMu.Lock()
	fns := l.sigFns
	l.sigMu.Unlock()
	for sig := range fns {
		l.StopSignal(sig)
	}
}

// NotifySignal makes the delivery of sig post fn into the loop (replacing
// an earlier fn for sig). One goroutine per loop forwards the signals.
func (l *Loop) NotifySignal(sig os.Signal, fn func() error) {
	l.sigMu.Lock()
	defer l.sigMu.Unlock()
	if l.sigFns == nil {
		l.sigFns = map[os.Signal]func() error{}
	}
	if l.sigCh == nil {
		l.sigCh = make(chan os.Signal, 8)
		l.sigDone = make(chan struct{})
		go l.forwardSignals(l.sigCh, l.sigDone)
	}
	l.sigFns[sig] = fn
	signal.Notify(l.sigCh, sig)
}

// StopSignal stops watching sig; it reports whether sig was watched.
func (l *Loop) StopSignal(sig os.Signal) bool {
	l.sigMu.Lock()
	defer l.sigMu.Unlock()
	if _, ok := l.sigFns[sig]; !ok {
		return false
	}
	delete(l.sigFns, sig)
	if len(l.sigFns) == 0 {
		signal.Stop(l.sigCh)
		close(l.sigDone)
		l.sigCh, l.sigDone = nil, nil
		return true
	}
	// Re-register the remaining signals only.
	signal.Stop(l.sigCh)
	for s := range l.sigFns {
		signal.Notify(l.sigCh, s)
	}
	return true
}

// forwardSignals posts the handler of each signal received on ch.
func (l *Loop) forwardSignals(ch chan os.Signal, done chan struct{}) {
	for {
		select {
		case <-done:
			return
		case sig := <-ch:
			l.sigMu.Lock()
			fn := l.sigFns[sig]
			l.sigMu.Unlock()
			if fn != nil {
				l.Post(fn)
			}
		}
	}
}

// timerHeap is a binary min-heap of timers by (when, seq); each handle
// knows its index so that it can be removed when cancelled.
type timerHeap []*Handle

func (h timerHeap) less(i, j int) bool {
	a, b := h[i], h[j]
	return a.when < b.when || a.when == b.when && a.seq < b.seq
}

func (h timerHeap) swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = int32(i)
	h[j].index = int32(j)
}

func (h *timerHeap) push(x *Handle) {
	x.index = int32(len(*h))
	*h = append(*h, x)
	h.up(int(x.index))
}

// pop removes and returns the earliest timer.
func (h *timerHeap) pop() *Handle {
	return h.remove(0)
}

// remove removes the timer at index i.
func (h *timerHeap) remove(i int) *Handle {
	old := *h
	last := len(old) - 1
	x := old[i]
	if i != last {
		old.swap(i, last)
	}
	old[last] = nil
	*h = old[:last]
	if i != last {
		if !h.down(i) {
			h.up(i)
		}
	}
	x.index = -1
	x.queued = false
	return x
}

func (h timerHeap) up(j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		j = i
	}
}

func (h timerHeap) down(i0 int) bool {
	i := i0
	n := len(h)
	for {
		j := 2*i + 1
		if j >= n {
			break
		}
		if r := j + 1; r < n && h.less(r, j) {
			j = r
		}
		if !h.less(j, i) {
			break
		}
		h.swap(i, j)
		i = j
	}
	return i > i0
}
