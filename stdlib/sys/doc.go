// Package sys completes Python's sys module.
//
// The VM creates sys itself, because the interpreter needs it before any
// import: argv, path, modules, the standard streams, exc_info, exit,
// getrecursionlimit/setrecursionlimit and _getframe are defined in
// vm/sysmod.go. This package registers an init for "sys" that the VM runs
// on that same module at start-up, adding the version, platform and
// build information (from Go) and the structured values version_info,
// implementation, flags, float_info, int_info and hash_info (from the
// embedded sys.py, executed in the module's namespace).
package sys
