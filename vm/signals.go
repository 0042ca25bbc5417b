package vm

// This file defines CheckSignals, the hook through which natives that block
// (time.sleep, waits on I/O) notice a pending Ctrl-C.

// CheckSignals returns a KeyboardInterrupt to raise if Ctrl-C arrived since
// the last check, consuming it, and nil otherwise. A native that waits for a
// long time calls it between short waits, so that Ctrl-C interrupts the
// wait as it interrupts a running loop in CPython.
func (t *Thread) CheckSignals() error {
	if t.Interp.TakeInterrupt() {
		return NewException(KeyboardInterrupt)
	}
	return nil
}
