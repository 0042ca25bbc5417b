//go:build linux

package vm

import "syscall"

// systemMemory returns the machine's RAM plus swap in bytes, or 0.
func systemMemory() int64 {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil {
		return 0
	}
	return (int64(si.Totalram) + int64(si.Totalswap)) * int64(si.Unit)
}
