//go:build !pycodebug

package vm

import "unsafe"

// slotsOf returns f's slots as the dispatch loop indexes them: a pointer
// to an oversized array, whose indexes Go checks only against the array's
// constant length (see slotArray in quicken.go).
func slotsOf(f *Frame) *slotArray {
	return (*slotArray)(unsafe.Pointer(unsafe.SliceData(f.slots)))
}

// codeOf returns c's instruction stream as the dispatch loop indexes it.
func codeOf(c *Code) *codeArray {
	return (*codeArray)(unsafe.Pointer(unsafe.SliceData(c.code)))
}
