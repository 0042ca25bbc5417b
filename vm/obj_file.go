package vm

// This file defines the file objects returned by open(): text files
// (_io.TextIOWrapper, UTF-8 with universal newlines on input) and binary
// files (_io.BufferedReader / BufferedWriter / BufferedRandom), over an
// *os.File with a read-ahead buffer and a write buffer of our own so that
// the '+' modes can mix reads, writes and seeks.

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"unicode/utf8"
)

// The file types.
var (
	TextIOWrapperType  = &Type{Name: "TextIOWrapper", Module: "_io", IsBuiltin: true, NoSubclass: true}
	BufferedReaderType = &Type{Name: "BufferedReader", Module: "_io", IsBuiltin: true, NoSubclass: true}
	BufferedWriterType = &Type{Name: "BufferedWriter", Module: "_io", IsBuiltin: true, NoSubclass: true}
	BufferedRandomType = &Type{Name: "BufferedRandom", Module: "_io", IsBuiltin: true, NoSubclass: true}
	// UnsupportedOperation is io.UnsupportedOperation (reading a file
	// opened for writing, and so on).
	UnsupportedOperation = &Type{Name: "UnsupportedOperation", Module: "io", IsBuiltin: true,
		Bases: []*Type{OSError, ValueError}}
)

// fileBufSize is the size of reads from the OS and of the write buffer.
const fileBufSize = 64 << 10

// A File is a pyco file object.
type File struct {
	name     Object // the name or descriptor given to open()
	mode     string // the mode string as CPython reports it
	binary   bool
	readable bool
	writable bool
	append   bool
	encoding string // "utf-8", "latin-1" or "ascii"; text files only
	f        *os.File
	rbuf     []byte // read-ahead data not yet consumed
	wbuf     []byte // written data not yet flushed
	eof      bool   // the OS reported end of file for the last read
	closed   bool
	closefd  bool
}

// Type returns the file's _io class.
func (f *File) Type() *Type {
	switch {
	case !f.binary:
		return TextIOWrapperType
	case f.readable && f.writable:
		return BufferedRandomType
	case f.writable:
		return BufferedWriterType
	}
	return BufferedReaderType
}

// osError converts a Go file error to the matching OSError subclass with
// CPython's "[Errno 2] No such file or directory: 'x'" form.
func osError(err error, filename Object) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return Errorf(OSError, "%s", err.Error())
	}
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	cls := OSError
	if c := errnoClass(int(errno)); c != nil {
		cls = c
	}
	if filename == nil {
		return NewException(cls, Int(int(errno)), NewStr(msg))
	}
	e := NewException(cls, Int(int(errno)), NewStr(msg), filename)
	osInit(e)
	return e
}

// OpenFile implements the builtin open(file, mode='r', buffering=-1,
// encoding=None, errors=None, newline=None, closefd=True, opener=None).
func OpenFile(t *Thread, args []Object, kwnames []string) (Object, error) {
	names := []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}
	vals := make([]Object, len(names))
	npos := len(args) - len(kwnames)
	if npos > len(names) {
		return nil, Errorf(TypeError, "open() takes at most 8 arguments (%d given)", len(args))
	}
	copy(vals, args[:npos])
	for i, k := range kwnames {
		j := -1
		for n, name := range names {
			if name == k {
				j = n
			}
		}
		if j < 0 {
			return nil, Errorf(TypeError, "'%s' is an invalid keyword argument for open()", k)
		}
		if vals[j] != nil {
			return nil, Errorf(TypeError, "argument for open() given by name ('%s') and position (%d)", k, j+1)
		}
		vals[j] = args[npos+i]
	}
	if vals[0] == nil {
		return nil, Errorf(TypeError, "open() missing required argument 'file' (pos 1)")
	}
	mode := "r"
	if vals[1] != nil {
		s, ok := vals[1].(*Str)
		if !ok {
			return nil, Errorf(TypeError, "open() argument 'mode' must be str, not %s", TypeName(vals[1]))
		}
		mode = s.S
	}
	f := &File{name: vals[0], closefd: true, encoding: "utf-8"}
	// Parse the mode like CPython's _io.open.
	var creating, reading, writing, appending, updating, text, binary bool
	for i, c := range mode {
		if strings.ContainsRune(mode[i+utf8.RuneLen(c):], c) {
			return nil, Errorf(ValueError, "invalid mode: '%s'", mode)
		}
		switch c {
		case 'x':
			creating = true
		case 'r':
			reading = true
		case 'w':
			writing = true
		case 'a':
			appending = true
		case '+':
			updating = true
		case 't':
			text = true
		case 'b':
			binary = true
		default:
			return nil, Errorf(ValueError, "invalid mode: '%s'", mode)
		}
	}
	if text && binary {
		return nil, Errorf(ValueError, "can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{creating, reading, writing, appending} {
		if b {
			n++
		}
	}
	if n != 1 {
		return nil, Errorf(ValueError, "must have exactly one of create/read/write/append mode")
	}
	f.binary = binary
	if binary {
		for i, what := range []string{"encoding", "errors", "newline"} {
			if v := vals[3+i]; v != nil && v != None {
				return nil, Errorf(ValueError, "binary mode doesn't take an %s argument", what)
			}
		}
	}
	if v := vals[3]; v != nil && v != None {
		s, ok := v.(*Str)
		if !ok {
			return nil, Errorf(TypeError, "open() argument 'encoding' must be str or None, not %s", TypeName(v))
		}
		enc := strings.ToLower(strings.ReplaceAll(s.S, "_", "-"))
		switch enc {
		case "utf-8", "utf8", "u8":
			f.encoding = "utf-8"
		case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1":
			f.encoding = "latin-1"
		case "ascii", "us-ascii":
			f.encoding = "ascii"
		default:
			return nil, Errorf(LookupError, "unknown encoding: %s", s.S)
		}
	}
	if v := vals[6]; v != nil {
		c, err := Truthy(t, v)
		if err != nil {
			return nil, err
		}
		f.closefd = c
	}

	flags := 0
	switch {
	case reading:
		f.readable = true
		f.mode = "r"
		if updating {
			flags = os.O_RDWR
			f.writable = true
		} else {
			flags = os.O_RDONLY
		}
	case writing:
		f.writable = true
		f.mode = "w"
		flags = os.O_CREATE | os.O_TRUNC
	case appending:
		f.writable = true
		f.append = true
		f.mode = "a"
		flags = os.O_CREATE | os.O_APPEND
	case creating:
		f.writable = true
		f.mode = "x"
		flags = os.O_CREATE | os.O_EXCL
	}
	if !reading {
		if updating {
			flags |= os.O_RDWR
			f.readable = true
		} else {
			flags |= os.O_WRONLY
		}
	}
	if updating {
		f.mode += "+"
	}
	if binary {
		f.mode += "b"
	} else {
		// CPython reports the mode string as given for text files.
		f.mode = mode
	}

	switch name := vals[0].(type) {
	case *Str:
		osf, err := os.OpenFile(name.S, flags, 0o666)
		if err != nil {
			return nil, osError(err, name)
		}
		if st, err := osf.Stat(); err == nil && st.IsDir() {
			osf.Close()
			return nil, osError(syscall.EISDIR, name)
		}
		f.f = osf
	case Int:
		f.f = os.NewFile(uintptr(name), "")
		if f.f == nil {
			return nil, osError(syscall.EBADF, nil)
		}
	case *Bytes:
		osf, err := os.OpenFile(string(name.B), flags, 0o666)
		if err != nil {
			return nil, osError(err, name)
		}
		f.f = osf
	default:
		if fspath := lookupType(vals[0].Type(), "__fspath__"); fspath != nil {
			p, err := t.Call(fspath, []Object{vals[0]}, nil)
			if err != nil {
				return nil, err
			}
			args2 := append([]Object{p}, args[1:]...)
			return OpenFile(t, args2, kwnames)
		}
		return nil, Errorf(TypeError, "expected str, bytes or os.PathLike object, not %s", TypeName(vals[0]))
	}
	return f, nil
}

// --- buffered I/O ---

// checkOpen raises ValueError on a closed file.
func (f *File) checkOpen() error {
	if f.closed {
		return Errorf(ValueError, "I/O operation on closed file.")
	}
	return nil
}

// checkReadable raises io.UnsupportedOperation for a write-only file.
func (f *File) checkReadable() error {
	return f.checkCapable(f.readable, "read", "not readable")
}

// checkWritable raises io.UnsupportedOperation for a read-only file.
func (f *File) checkWritable() error {
	return f.checkCapable(f.writable, "write", "not writable")
}

// checkCapable raises ValueError on a closed file and, unless able,
// io.UnsupportedOperation with binaryMsg for a binary file or textMsg
// for a text file.
func (f *File) checkCapable(able bool, binaryMsg, textMsg string) error {
	if err := f.checkOpen(); err != nil {
		return err
	}
	if !able {
		if f.binary {
			return Errorf(UnsupportedOperation, "%s", binaryMsg)
		}
		return Errorf(UnsupportedOperation, "%s", textMsg)
	}
	return nil
}

// flushWrites writes out the write buffer.
func (f *File) flushWrites() error {
	if len(f.wbuf) == 0 {
		return nil
	}
	_, err := f.f.Write(f.wbuf)
	f.wbuf = f.wbuf[:0]
	if err != nil {
		return osError(err, nil)
	}
	return nil
}

// dropReadAhead moves the OS position back over unread buffered data.
func (f *File) dropReadAhead() error {
	if len(f.rbuf) == 0 {
		return nil
	}
	_, err := f.f.Seek(int64(-len(f.rbuf)), io.SeekCurrent)
	f.rbuf = nil
	if err != nil {
		return osError(err, nil)
	}
	return nil
}

// fill reads more data into rbuf; it returns false at end of file.
func (f *File) fill() (bool, error) {
	if err := f.flushWrites(); err != nil {
		return false, err
	}
	buf := make([]byte, fileBufSize)
	n, err := f.f.Read(buf)
	if n > 0 {
		f.rbuf = append(f.rbuf, buf[:n]...)
		return true, nil
	}
	if err == io.EOF || err == nil {
		return false, nil
	}
	return false, osError(err, nil)
}

// readAll returns everything up to end of file.
func (f *File) readAll() ([]byte, error) {
	for {
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	b := f.rbuf
	f.rbuf = nil
	return b, nil
}

// readBytes returns up to n bytes.
func (f *File) readBytes(n int) ([]byte, error) {
	for len(f.rbuf) < n {
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			break
		}
	}
	n = min(n, len(f.rbuf))
	b := append([]byte(nil), f.rbuf[:n]...)
	f.rbuf = f.rbuf[n:]
	return b, nil
}

// readLineBytes returns the next line with its terminator; text files end
// lines at \n, \r\n or \r (translated to \n) and binary files at \n. limit
// < 0 means no limit (in bytes for binary files, characters for text).
func (f *File) readLineBytes(limit int) ([]byte, error) {
	scanned, count := 0, 0
	utf := !f.binary && f.encoding == "utf-8"
	for {
		b := f.rbuf
		for i := scanned; i < len(b); i++ {
			c := b[i]
			if !utf || c < 0x80 || c >= 0xc0 { // the start of a character
				if limit >= 0 && count >= limit {
					line := append([]byte(nil), b[:i]...)
					f.rbuf = b[i:]
					return line, nil
				}
				count++
			}
			if c == '\n' {
				line := append([]byte(nil), b[:i+1]...)
				f.rbuf = b[i+1:]
				return line, nil
			}
			if c == '\r' && !f.binary {
				if i+1 == len(b) {
					// Need one more byte to tell \r from \r\n.
					more, err := f.fill()
					if err != nil {
						return nil, err
					}
					if more {
						b = f.rbuf
					}
				}
				line := append(append([]byte(nil), b[:i]...), '\n')
				if i+1 < len(b) && b[i+1] == '\n' {
					f.rbuf = b[i+2:]
				} else {
					f.rbuf = b[i+1:]
				}
				return line, nil
			}
		}
		scanned = len(b)
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			line := f.rbuf
			f.rbuf = nil
			if limit >= 0 && f.countUpTo(line) > limit {
				return f.splitChars(line, limit), nil
			}
			return line, nil
		}
	}
}

// countUpTo returns the length of b in the file's units (bytes for binary
// files, characters for text files).
func (f *File) countUpTo(b []byte) int {
	if f.binary || f.encoding != "utf-8" {
		return len(b)
	}
	return utf8.RuneCount(b)
}

// splitChars returns the first n units of b, keeping the rest buffered.
func (f *File) splitChars(b []byte, n int) []byte {
	i := 0
	if f.binary || f.encoding != "utf-8" {
		i = n
	} else {
		for k := 0; k < n && i < len(b); k++ {
			_, size := utf8.DecodeRune(b[i:])
			i += size
		}
	}
	f.rbuf = append(append([]byte(nil), b[i:]...), f.rbuf...)
	return b[:i]
}

// decode converts bytes read from a text file to a string.
func (f *File) decode(b []byte) (string, error) {
	switch f.encoding {
	case "latin-1":
		r := make([]rune, len(b))
		for i, c := range b {
			r[i] = rune(c)
		}
		return string(r), nil
	case "ascii":
		for i, c := range b {
			if c >= 0x80 {
				return "", Errorf(UnicodeDecodeError, "'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)
			}
		}
		return string(b), nil
	}
	if !utf8.Valid(b) {
		for i := 0; i < len(b); {
			r, size := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && size <= 1 {
				reason := "invalid start byte"
				if b[i] >= 0xc0 {
					reason = "invalid continuation byte"
					if i+utf8.RuneLen(0x10000) > len(b) {
						reason = "unexpected end of data"
					}
				}
				return "", Errorf(UnicodeDecodeError, "'utf-8' codec can't decode byte 0x%02x in position %d: %s", b[i], i, reason)
			}
			i += size
		}
	}
	return string(b), nil
}

// encode converts text written to a text file to bytes.
func (f *File) encode(s string) ([]byte, error) {
	switch f.encoding {
	case "latin-1", "ascii":
		limit := rune(0xff)
		name, rng := "latin-1", "256"
		if f.encoding == "ascii" {
			limit, name, rng = 0x7f, "ascii", "128"
		}
		out := make([]byte, 0, len(s))
		pos := 0
		for _, r := range s {
			if r > limit {
				return nil, Errorf(UnicodeEncodeError, "'%s' codec can't encode character '\\u%04x' in position %d: ordinal not in range(%s)", name, r, pos, rng)
			}
			out = append(out, byte(r))
			pos++
		}
		return out, nil
	}
	return []byte(s), nil
}

// readText implements read(n) for text files (n < 0 reads everything).
func (f *File) readText(n int) (Object, error) {
	if n < 0 {
		b, err := f.readAll()
		if err != nil {
			return nil, err
		}
		s, err := f.decode(b)
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(s, '\r') >= 0 {
			s = strings.ReplaceAll(s, "\r\n", "\n")
			s = strings.ReplaceAll(s, "\r", "\n")
		}
		return NewStr(s), nil
	}
	var sb strings.Builder
	for count := 0; count < n; {
		line, err := f.readLineBytes(n - count)
		if err != nil {
			return nil, err
		}
		if len(line) == 0 {
			break
		}
		s, err := f.decode(line)
		if err != nil {
			return nil, err
		}
		sb.WriteString(s)
		count += utf8.RuneCountInString(s)
	}
	return NewStr(sb.String()), nil
}

// write writes b through the write buffer.
func (f *File) write(b []byte) error {
	if err := f.dropReadAhead(); err != nil {
		return err
	}
	f.wbuf = append(f.wbuf, b...)
	if len(f.wbuf) >= fileBufSize {
		return f.flushWrites()
	}
	return nil
}

// Close flushes and closes the file; closing twice is harmless.
func (f *File) Close() error {
	if f.closed {
		return nil
	}
	err := f.flushWrites()
	f.closed = true
	if f.closefd {
		if cerr := f.f.Close(); cerr != nil && err == nil {
			err = osError(cerr, nil)
		}
	}
	return err
}

// --- methods ---

// fileSelf returns the receiver of a file method.
func fileSelf(args []Object, name string) (*File, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "unbound method %s() needs an argument", name)
	}
	f, ok := args[0].(*File)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' requires a file object but received '%s'", name, TypeName(args[0]))
	}
	return f, nil
}

// sizeArg converts the optional size argument of read methods (None or
// missing means -1).
func sizeArg(t *Thread, args []Object) (int, error) {
	if len(args) < 2 || args[1] == None {
		return -1, nil
	}
	return indexArg(t, args[1])
}

// fileReadSelf checks the call of a read method (read, readline,
// readlines) and returns its receiver, which must be readable, and its
// optional size argument (see sizeArg).
func fileReadSelf(t *Thread, args []Object, kwnames []string, name string) (*File, int, error) {
	f, err := fileSelf(args, name)
	if err != nil {
		return nil, 0, err
	}
	if err := checkArgs(name, name, args, kwnames, 0, 1); err != nil {
		return nil, 0, err
	}
	if err := f.checkReadable(); err != nil {
		return nil, 0, err
	}
	n, err := sizeArg(t, args)
	if err != nil {
		return nil, 0, err
	}
	return f, n, nil
}

func file_read(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, n, err := fileReadSelf(t, args, kwnames, "read")
	if err != nil {
		return nil, err
	}
	if !f.binary {
		return f.readText(n)
	}
	var b []byte
	if n < 0 {
		b, err = f.readAll()
	} else {
		b, err = f.readBytes(n)
	}
	if err != nil {
		return nil, err
	}
	return NewBytes(b), nil
}

func file_readline(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, n, err := fileReadSelf(t, args, kwnames, "readline")
	if err != nil {
		return nil, err
	}
	return f.readLine(n)
}

// readLine returns the next line as str or bytes ("" / b"" at EOF).
func (f *File) readLine(limit int) (Object, error) {
	b, err := f.readLineBytes(limit)
	if err != nil {
		return nil, err
	}
	if f.binary {
		return NewBytes(b), nil
	}
	s, err := f.decode(b)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func file_readlines(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, hint, err := fileReadSelf(t, args, kwnames, "readlines")
	if err != nil {
		return nil, err
	}
	var lines []Object
	total := 0
	for {
		l, err := f.readLine(-1)
		if err != nil {
			return nil, err
		}
		n := fileItemLen(l)
		if n == 0 {
			break
		}
		lines = append(lines, l)
		total += n
		if hint > 0 && total >= hint {
			break
		}
	}
	return NewList(lines), nil
}

// fileItemLen returns the length of a str or bytes read from a file.
func fileItemLen(o Object) int {
	switch x := o.(type) {
	case *Str:
		return len(x.S)
	case *Bytes:
		return len(x.B)
	}
	return 0
}

// writeArg converts the argument of write() to bytes, returning the count
// write() reports (characters for text files, bytes for binary ones).
func (f *File) writeArg(o Object) ([]byte, int, error) {
	if f.binary {
		switch x := o.(type) {
		case *Bytes:
			return x.B, len(x.B), nil
		}
		if b, ok := o.(interface{ Bytes() []byte }); ok {
			bs := b.Bytes()
			return bs, len(bs), nil
		}
		return nil, 0, Errorf(TypeError, "a bytes-like object is required, not '%s'", TypeName(o))
	}
	s, ok := o.(*Str)
	if !ok {
		return nil, 0, Errorf(TypeError, "write() argument must be str, not %s", TypeName(o))
	}
	b, err := f.encode(s.S)
	return b, utf8.RuneCountInString(s.S), err
}

func file_write(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "write")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("write", args, kwnames); err != nil {
		return nil, err
	}
	if err := f.checkWritable(); err != nil {
		return nil, err
	}
	b, n, err := f.writeArg(args[1])
	if err != nil {
		return nil, err
	}
	if err := f.write(b); err != nil {
		return nil, err
	}
	return Int(n), nil
}

func file_writelines(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "writelines")
	if err != nil {
		return nil, err
	}
	if err := checkOneArg("writelines", args, kwnames); err != nil {
		return nil, err
	}
	if err := f.checkWritable(); err != nil {
		return nil, err
	}
	return None, Iterate(t, args[1], func(line Object) (bool, error) {
		b, _, err := f.writeArg(line)
		if err != nil {
			return false, err
		}
		return true, f.write(b)
	})
}

func file_close(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "close")
	if err != nil {
		return nil, err
	}
	return None, f.Close()
}

func file_flush(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "flush")
	if err != nil {
		return nil, err
	}
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return None, f.flushWrites()
}

func file_enter(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "__enter__")
	if err != nil {
		return nil, err
	}
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	return f, nil
}

func file_exit(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "__exit__")
	if err != nil {
		return nil, err
	}
	return None, f.Close()
}

func file_seek(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "seek")
	if err != nil {
		return nil, err
	}
	if err := checkArgs("seek", "seek", args, kwnames, 1, 2); err != nil {
		return nil, err
	}
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	off, err := indexArg(t, args[1])
	if err != nil {
		return nil, err
	}
	whence := 0
	if len(args) == 3 {
		if whence, err = indexArg(t, args[2]); err != nil {
			return nil, err
		}
	}
	if !f.binary && (whence == 1 || whence == 2) && off != 0 {
		return nil, Errorf(UnsupportedOperation, "can't do nonzero cur-relative seeks")
	}
	if err := f.flushWrites(); err != nil {
		return nil, err
	}
	if err := f.dropReadAhead(); err != nil {
		return nil, err
	}
	pos, serr := f.f.Seek(int64(off), whence)
	if serr != nil {
		return nil, osError(serr, nil)
	}
	return Int(pos), nil
}

func file_tell(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "tell")
	if err != nil {
		return nil, err
	}
	if err := f.checkOpen(); err != nil {
		return nil, err
	}
	if err := f.flushWrites(); err != nil {
		return nil, err
	}
	pos, serr := f.f.Seek(0, io.SeekCurrent)
	if serr != nil {
		return nil, osError(serr, nil)
	}
	return Int(pos - int64(len(f.rbuf))), nil
}

func file_truncate(t *Thread, args []Object, kwnames []string) (Object, error) {
	f, err := fileSelf(args, "truncate")
	if err != nil {
		return nil, err
	}
	if err := f.checkWritable(); err != nil {
		return nil, err
	}
	if err := f.flushWrites(); err != nil {
		return nil, err
	}
	if err := f.dropReadAhead(); err != nil {
		return nil, err
	}
	size, serr := f.f.Seek(0, io.SeekCurrent)
	if serr != nil {
		return nil, osError(serr, nil)
	}
	if len(args) > 1 && args[1] != None {
		n, err := indexArg(t, args[1])
		if err != nil {
			return nil, err
		}
		size = int64(n)
	}
	if err := f.f.Truncate(size); err != nil {
		return nil, osError(err, nil)
	}
	return Int(size), nil
}

// fileBoolMethod returns a method reporting a property of an open file.
func fileBoolMethod(name string, get func(f *File) bool) BuiltinFunc {
	return func(t *Thread, args []Object, kwnames []string) (Object, error) {
		f, err := fileSelf(args, name)
		if err != nil {
			return nil, err
		}
		if err := f.checkOpen(); err != nil {
			return nil, err
		}
		return Bool(get(f)), nil
	}
}

func init() {
	builtinTypes = append(builtinTypes, TextIOWrapperType, BufferedReaderType, BufferedWriterType,
		BufferedRandomType, UnsupportedOperation)
	for _, typ := range []*Type{TextIOWrapperType, BufferedReaderType, BufferedWriterType, BufferedRandomType} {
		typ.Repr = file_repr
		typ.Iter = func(t *Thread, o Object) (Object, error) {
			f := o.(*File)
			if err := f.checkOpen(); err != nil {
				return nil, err
			}
			return f, nil
		}
		typ.Next = func(t *Thread, o Object) (Object, error) {
			f := o.(*File)
			if err := f.checkReadable(); err != nil {
				return nil, err
			}
			l, err := f.readLine(-1)
			if err != nil || fileItemLen(l) == 0 {
				return nil, err
			}
			return l, nil
		}
		typ.GetAttr = file_getattr
		typ.AddMethod("read", file_read)
		typ.AddMethod("readline", file_readline)
		typ.AddMethod("readlines", file_readlines)
		typ.AddMethod("write", file_write)
		typ.AddMethod("writelines", file_writelines)
		typ.AddMethod("close", file_close)
		typ.AddMethod("flush", file_flush)
		typ.AddMethod("seek", file_seek)
		typ.AddMethod("tell", file_tell)
		typ.AddMethod("truncate", file_truncate)
		typ.AddMethod("__enter__", file_enter)
		typ.AddMethod("__exit__", file_exit)
		typ.AddMethod("readable", fileBoolMethod("readable", func(f *File) bool { return f.readable }))
		typ.AddMethod("writable", fileBoolMethod("writable", func(f *File) bool { return f.writable }))
		typ.AddMethod("seekable", fileBoolMethod("seekable", func(f *File) bool {
			_, err := f.f.Seek(0, io.SeekCurrent)
			return err == nil
		}))
		typ.AddMethod("isatty", fileBoolMethod("isatty", func(f *File) bool {
			st, err := f.f.Stat()
			return err == nil && st.Mode()&fs.ModeCharDevice != 0
		}))
		typ.AddMethod("fileno", func(t *Thread, args []Object, kwnames []string) (Object, error) {
			f, err := fileSelf(args, "fileno")
			if err != nil {
				return nil, err
			}
			if err := f.checkOpen(); err != nil {
				return nil, err
			}
			return Int(int64(f.f.Fd())), nil
		})
	}
}

// file_repr implements repr: <_io.TextIOWrapper name='x' mode='r' encoding='UTF-8'>.
func file_repr(t *Thread, o Object) (Object, error) {
	f := o.(*File)
	name, err := reprString(t, f.name)
	if err != nil {
		return nil, err
	}
	typ := f.Type()
	if f.binary {
		return NewStr("<_io." + typ.Name + " name=" + name + ">"), nil
	}
	enc := map[string]string{"utf-8": "UTF-8", "latin-1": "latin-1", "ascii": "ascii"}[f.encoding]
	return NewStr("<_io.TextIOWrapper name=" + name + " mode='" + f.mode + "' encoding='" + enc + "'>"), nil
}

// file_getattr serves the data attributes of files.
func file_getattr(t *Thread, o Object, name string) (Object, error) {
	f := o.(*File)
	switch name {
	case "name":
		return f.name, nil
	case "mode":
		return NewStr(f.mode), nil
	case "closed":
		return Bool(f.closed), nil
	case "encoding":
		if !f.binary {
			return NewStr(map[string]string{"utf-8": "UTF-8", "latin-1": "latin-1", "ascii": "ascii"}[f.encoding]), nil
		}
	case "errors":
		if !f.binary {
			return NewStr("strict"), nil
		}
	case "newlines":
		if !f.binary {
			return None, nil
		}
	}
	return GenericGetAttr(t, o, name)
}
