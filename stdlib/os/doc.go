// Package os implements a small part of Python's os module and its os.path
// (posixpath) companion: process and environment queries, file removal and
// directory operations, and path manipulation. OS failures become the
// OSError subclasses CPython raises ("[Errno 2] No such file or
// directory: 'x'").
package os
