package vm

import "testing"

// TestGCHeadroom checks the headroom the policy gives a few live heap
// sizes (gcpolicy.go's table).
func TestGCHeadroom(t *testing.T) {
	const mb = 1 << 20
	for _, c := range []struct{ live, want float64 }{
		{0, 6 * mb},      // the minimum
		{2 * mb, 6 * mb}, // 1.5x would be 3 MB
		{6 * mb, 9 * mb}, // 1.5x
		{8 * mb, 12 * mb},
		{20 * mb, 12 * mb},  // the large-heap minimum
		{100 * mb, 25 * mb}, // a quarter
	} {
		if got := gcHeadroom(c.live); got != c.want {
			t.Errorf("gcHeadroom(%.0f MB) = %.1f MB, want %.1f MB", c.live/mb, got/mb, c.want/mb)
		}
	}
}

// TestGCPercentGoal checks that the GOGC chosen makes Go's heap goal
// live + headroom, Go's 4 MB * GOGC/100 floor included.
func TestGCPercentGoal(t *testing.T) {
	const mb = 1 << 20
	for _, live := range []float64{0.5 * mb, 3 * mb, 8 * mb, 30 * mb, 130 * mb} {
		roots := 0.25 * mb
		pct := float64(gcPercentFor(live, roots))
		goal := max(live+(live+roots)*pct/100, 4*mb*pct/100)
		want := live + gcHeadroom(live)
		if goal < want*0.97 || goal > want*1.03 {
			t.Errorf("live %.1f MB: GOGC %.0f gives a goal of %.1f MB, want %.1f MB", live/mb, pct, goal/mb, want/mb)
		}
	}
}
