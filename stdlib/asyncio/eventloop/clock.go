package eventloop

// This file defines the Clock interface and its real and fake
// implementations.

import (
	"sync"
	"time"
)

// A Clock tells the loop's time and sleeps for it.
type Clock interface {
	// Now returns the current time, measured from an arbitrary origin
	// on a monotonic clock.
	Now() time.Duration
	// Sleep blocks until d has elapsed or a value arrives on wake
	// (which Sleep then consumes). A negative d means no deadline.
	Sleep(d time.Duration, wake <-chan struct{})
}

// RealClock is the system's monotonic clock. Its zero value is not
// usable: create one with NewRealClock.
type RealClock struct {
	origin time.Time
	timer  *time.Timer // reused across sleeps; or nil before the first
}

// NewRealClock returns a real clock whose origin is now.
func NewRealClock() *RealClock { return &RealClock{origin: time.Now()} }

// Now returns the time elapsed since the clock was created.
func (c *RealClock) Now() time.Duration { return time.Since(c.origin) }

// Sleep blocks for d or until wake fires, using one reused time.Timer.
func (c *RealClock) Sleep(d time.Duration, wake <-chan struct{}) {
	if d < 0 {
		<-wake
		return
	}
	if d == 0 {
		return
	}
	if c.timer == nil {
		c.timer = time.NewTimer(d)
	} else {
		c.timer.Reset(d) // Go 1.23+: no stale value can be received
	}
	select {
	case <-wake:
		c.timer.Stop()
	case <-c.timer.C:
	}
}

// FakeClock is a clock for tests: time only moves when the loop sleeps
// (it jumps to the deadline at once) or when Advance is called. A sleep
// without deadline waits for a wake-up for real.
type FakeClock struct {
	mu  sync.Mutex
	now time.Duration
	// Slept records the duration of every sleep with a deadline.
	Slept []time.Duration
}

// Now returns the fake time.
func (c *FakeClock) Now() time.Duration {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the fake time forward by d.
func (c *FakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	c.now += d
	c.mu.Unlock()
}

// Sleep returns at once if a wake-up is pending; otherwise it advances
// the time by d (or, with no deadline, blocks until a wake-up).
func (c *FakeClock) Sleep(d time.Duration, wake <-chan struct{}) {
	select {
	case <-wake:
		return
	default:
	}
	if d < 0 {
		<-wake
		return
	}
	c.mu.Lock()
	c.now += d
	c.Slept = append(c.Slept, d)
	c.mu.Unlock()
}

// NewRealClockAt returns a real clock measuring time from origin (so that
// several clocks agree).
func NewRealClockAt(origin time.Time) *RealClock { return &RealClock{origin: origin} }
