//go:build !linux

package vm

// systemMemory returns 0: unknown, maxAllocBytes stays at its cap.
func systemMemory() int64 { return 0 }
