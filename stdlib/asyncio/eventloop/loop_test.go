package eventloop

// This file tests the engine with a fake clock.

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// recorder collects the names of the callbacks that ran.
type recorder struct{ out []string }

func (r *recorder) fn(name string) func() error {
	return func() error { r.out = append(r.out, name); return nil }
}

func (r *recorder) String() string { return strings.Join(r.out, " ") }

func TestReadyFIFO(t *testing.T) {
	l := New(&FakeClock{})
	var r recorder
	for i := 0; i < 40; i++ { // more than the initial ring size
		l.CallSoon(r.fn(fmt.Sprint(i)))
	}
	if err := l.RunOnce(); err != nil {
		t.Fatal(err)
	}
	want := make([]string, 40)
	for i := range want {
		want[i] = fmt.Sprint(i)
	}
	if got := r.String(); got != strings.Join(want, " ") {
		t.Errorf("got %s", got)
	}
}

func TestOneGenerationPerIteration(t *testing.T) {
	l := New(&FakeClock{})
	var r recorder
	l.CallSoon(func() error {
		r.out = append(r.out, "a")
		l.CallSoon(r.fn("c")) // scheduled during the iteration: next one
		return nil
	})
	l.CallSoon(r.fn("b"))
	l.RunOnce()
	if got := r.String(); got != "a b" {
		t.Fatalf("first iteration ran %q", got)
	}
	l.RunOnce()
	if got := r.String(); got != "a b c" {
		t.Fatalf("second iteration: %q", got)
	}
}

func TestTimersByDeadlineThenInsertion(t *testing.T) {
	c := &FakeClock{}
	l := New(c)
	var r recorder
	l.CallLater(30*time.Millisecond, r.fn("t30"))
	l.CallLater(10*time.Millisecond, r.fn("t10a"))
	l.CallLater(20*time.Millisecond, r.fn("t20"))
	l.CallLater(10*time.Millisecond, r.fn("t10b"))
	l.CallAt(10*time.Millisecond, r.fn("t10c"))
	l.CallLater(30*time.Millisecond, func() error { l.Stop(); return nil })
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if got := r.String(); got != "t10a t10b t10c t20 t30" {
		t.Errorf("order %q", got)
	}
	if c.Now() != 30*time.Millisecond {
		t.Errorf("clock at %v", c.Now())
	}
	// The loop slept exactly to each deadline: 10, 10, 10 ms.
	if fmt.Sprint(c.Slept) != "[10ms 10ms 10ms]" {
		t.Errorf("slept %v", c.Slept)
	}
}

func TestCancelledSkipped(t *testing.T) {
	l := New(&FakeClock{})
	var r recorder
	l.CallSoon(r.fn("a"))
	h := l.CallSoon(r.fn("b"))
	l.CallSoon(r.fn("c"))
	t1 := l.CallLater(time.Millisecond, r.fn("t1"))
	l.CallLater(2*time.Millisecond, r.fn("t2"))
	t3 := l.CallLater(3*time.Millisecond, r.fn("t3"))
	h.Cancel()
	t1.Cancel()
	t3.Cancel()
	t3.Cancel()
	if l.Timers() != 1 {
		t.Errorf("%d timers left, want 1", l.Timers())
	}
	l.CallLater(5*time.Millisecond, func() error { l.Stop(); return nil })
	l.Run()
	if got := r.String(); got != "a c t2" {
		t.Errorf("ran %q", got)
	}
	if !h.Cancelled() || !t1.Cancelled() {
		t.Error("Cancelled() false")
	}
}

func TestCancelDueTimerInSameIteration(t *testing.T) {
	c := &FakeClock{}
	l := New(c)
	var r recorder
	var t2 *Handle
	l.CallLater(time.Millisecond, func() error { t2.Cancel(); return nil })
	t2 = l.CallLater(time.Millisecond, r.fn("t2"))
	l.RunOnce()
	if r.String() != "" {
		t.Errorf("cancelled timer ran: %q", r)
	}
}

func TestInboxWakesSleepingLoop(t *testing.T) {
	l := New(NewRealClock())
	var r recorder
	done := make(chan struct{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		l.Post(func() error { r.out = append(r.out, "posted"); l.Stop(); return nil })
		close(done)
	}()
	l.CallLater(time.Hour, r.fn("never"))
	start := time.Now()
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	<-done
	if r.String() != "posted" {
		t.Errorf("ran %q", r)
	}
	if time.Since(start) > 5*time.Second {
		t.Error("the post did not wake the loop")
	}
}

func TestInboxFIFOAndNoDeadline(t *testing.T) {
	l := New(&FakeClock{})
	var r recorder
	go func() {
		for i := 0; i < 3; i++ {
			l.Post(r.fn(fmt.Sprint("p", i)))
		}
		l.Post(func() error { l.Stop(); return nil })
	}()
	// Nothing ready and no timer: the loop blocks until the posts.
	if err := l.Run(); err != nil {
		t.Fatal(err)
	}
	if r.String() != "p0 p1 p2" {
		t.Errorf("ran %q", r)
	}
}

func TestErrorAbortsIterationKeepsRest(t *testing.T) {
	l := New(&FakeClock{})
	var r recorder
	boom := errors.New("boom")
	l.CallSoon(r.fn("a"))
	l.CallSoon(func() error { return boom })
	l.CallSoon(r.fn("b"))
	if err := l.Run(); err != boom {
		t.Fatalf("Run returned %v", err)
	}
	if r.String() != "a" || l.Ready() != 1 {
		t.Fatalf("ran %q, %d ready", r, l.Ready())
	}
	l.CallSoon(func() error { l.Stop(); return nil })
	l.Run()
	if r.String() != "a b" {
		t.Fatalf("ran %q", r)
	}
}

func TestStopBeforeRunDoesOneIteration(t *testing.T) {
	l := New(&FakeClock{})
	var r recorder
	l.CallSoon(func() error { r.out = append(r.out, "a"); l.CallSoon(r.fn("b")); return nil })
	l.Stop()
	l.Run()
	if r.String() != "a" {
		t.Fatalf("ran %q", r)
	}
	if l.Stopping() {
		t.Fatal("still stopping after Run")
	}
}

func TestRescheduleHandle(t *testing.T) {
	l := New(&FakeClock{})
	count := 0
	var h *Handle
	h = l.NewHandle(func() error {
		count++
		if count < 5 {
			l.Schedule(h)
		} else {
			l.Stop()
		}
		return nil
	})
	l.Schedule(h)
	l.Run()
	if count != 5 {
		t.Fatalf("ran %d times", count)
	}
}

func TestHeapRandomOrder(t *testing.T) {
	c := &FakeClock{}
	l := New(c)
	var got []time.Duration
	deadlines := []int{5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 9}
	var hs []*Handle
	for _, d := range deadlines {
		d := time.Duration(d) * time.Millisecond
		hs = append(hs, l.CallAt(d, func() error { got = append(got, d); return nil }))
	}
	hs[2].Cancel() // one of the 9s
	hs[4].Cancel() // the 7
	l.CallAt(20*time.Millisecond, func() error { l.Stop(); return nil })
	l.Run()
	want := "[0s 1ms 2ms 3ms 3ms 4ms 5ms 6ms 8ms 9ms]"
	if fmt.Sprint(got) != want {
		t.Errorf("got %v", got)
	}
}
