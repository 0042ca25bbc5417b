package time

// This file defines the _time clocks, sleep and calendar conversions.

import (
	_ "embed"
	"fmt"
	"math"
	"strings"
	gotime "time"

	"pyco/vm"
)

//go:embed time.py
var source []byte

func init() {
	vm.RegisterModule("_time", initModule)
	vm.RegisterSourceModule("time", "<frozen time>", source)
}

// start is the origin of perf_counter and monotonic: Go's monotonic clock
// reading at start-up.
var start = gotime.Now()

// initModule fills the _time module.
func initModule(t *vm.Thread, m *vm.Module) error {
	d := m.Dict
	fns := map[string]vm.BuiltinFunc{
		"time":            time_time,
		"time_ns":         time_time_ns,
		"perf_counter":    time_perf_counter,
		"perf_counter_ns": time_perf_counter_ns,
		"monotonic":       time_perf_counter,
		"monotonic_ns":    time_perf_counter_ns,
		"process_time":    time_perf_counter,
		"process_time_ns": time_perf_counter_ns,
		"thread_time":     time_perf_counter,
		"sleep":           time_sleep,
		"gmtime":          time_gmtime,
		"localtime":       time_localtime,
		"mktime":          time_mktime,
		"strftime":        time_strftime,
		"asctime":         time_asctime,
	}
	for name, fn := range fns {
		d.SetStr(name, vm.NewBuiltin(name, fn))
	}
	// Time zone constants, from the zone in effect in January and July.
	year := gotime.Now().Year()
	janName, janOff := gotime.Date(year, 1, 1, 0, 0, 0, 0, gotime.Local).Zone()
	julName, julOff := gotime.Date(year, 7, 1, 0, 0, 0, 0, gotime.Local).Zone()
	std, dst := janName, julName
	stdOff, dstOff := janOff, julOff
	if janOff > julOff { // southern hemisphere
		std, dst, stdOff, dstOff = julName, janName, julOff, janOff
	}
	d.SetStr("timezone", vm.Int(-stdOff))
	d.SetStr("altzone", vm.Int(-dstOff))
	daylight := vm.Int(0)
	if janOff != julOff {
		daylight = 1
	}
	d.SetStr("daylight", daylight)
	d.SetStr("tzname", vm.NewTuple([]vm.Object{vm.NewStr(std), vm.NewStr(dst)}))
	return nil
}

// noArgs checks that a function got no arguments.
func noArgs(name string, args []vm.Object) error {
	if len(args) != 0 {
		return vm.Errorf(vm.TypeError, "time.%s() takes no arguments (%d given)", name, len(args))
	}
	return nil
}

func time_time(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := noArgs("time", args); err != nil {
		return nil, err
	}
	return vm.Float(float64(gotime.Now().UnixNano()) / 1e9), nil
}

func time_time_ns(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := noArgs("time_ns", args); err != nil {
		return nil, err
	}
	return vm.Int(gotime.Now().UnixNano()), nil
}

func time_perf_counter(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := noArgs("perf_counter", args); err != nil {
		return nil, err
	}
	return vm.Float(gotime.Since(start).Seconds()), nil
}

func time_perf_counter_ns(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := noArgs("perf_counter_ns", args); err != nil {
		return nil, err
	}
	return vm.Int(gotime.Since(start).Nanoseconds()), nil
}

// seconds converts a number of seconds (int or float) to float64.
func seconds(t *vm.Thread, o vm.Object) (float64, error) {
	switch x := o.(type) {
	case vm.Float:
		return float64(x), nil
	case vm.Int:
		return float64(x), nil
	case vm.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *vm.BigInt:
		f, _ := x.V.Float64()
		return f, nil
	}
	typ := o.Type()
	if typ.Float != nil {
		r, err := typ.Float(t, o)
		if err != nil {
			return 0, err
		}
		return seconds(t, r)
	}
	if typ.Index != nil {
		r, err := typ.Index(t, o)
		if err != nil {
			return 0, err
		}
		return seconds(t, r)
	}
	return 0, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", typ.Name)
}

// sleepSlice bounds each wait of sleep, so that a pending interrupt is
// noticed within that time.
const sleepSlice = 50 * gotime.Millisecond

// A signalChecker is a Thread that can report a pending signal (Ctrl-C) as
// an exception to raise. The check is dynamic so this package builds
// whether or not the VM provides the hook yet.
type signalChecker interface {
	CheckSignals() error
}

func time_sleep(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(kwnames) > 0 {
		return nil, vm.Errorf(vm.TypeError, "time.sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeError, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	secs, err := seconds(t, args[0])
	if err != nil {
		return nil, err
	}
	if math.IsNaN(secs) {
		return nil, vm.Errorf(vm.ValueError, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return nil, vm.Errorf(vm.ValueError, "sleep length must be non-negative")
	}
	if secs > 1e10 {
		return nil, vm.Errorf(vm.OverflowError, "timestamp too large to convert to C _PyTime_t")
	}
	deadline := gotime.Now().Add(gotime.Duration(secs * 1e9))
	checker, _ := any(t).(signalChecker)
	for {
		if checker != nil {
			if err := checker.CheckSignals(); err != nil {
				return nil, err
			}
		}
		left := gotime.Until(deadline)
		if left <= 0 {
			return vm.None, nil
		}
		gotime.Sleep(min(left, sleepSlice))
	}
}

// timeArg returns the instant named by the optional seconds argument of
// gmtime, localtime and ctime: now when absent or None.
func timeArg(t *vm.Thread, name string, args []vm.Object) (gotime.Time, error) {
	if len(args) > 1 {
		return gotime.Time{}, vm.Errorf(vm.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
	}
	if len(args) == 0 || args[0] == vm.None {
		return gotime.Now(), nil
	}
	secs, err := seconds(t, args[0])
	if err != nil {
		return gotime.Time{}, err
	}
	if math.IsNaN(secs) {
		return gotime.Time{}, vm.Errorf(vm.ValueError, "Invalid value NaN (not a number)")
	}
	if math.Abs(secs) > 1e17 {
		return gotime.Time{}, vm.Errorf(vm.OverflowError, "timestamp out of range for platform time_t")
	}
	whole := math.Floor(secs)
	return gotime.Unix(int64(whole), 0), nil
}

// fields is the broken-down time of struct_time.
type fields struct {
	year, mon, mday, hour, min, sec int
	wday                            int // 0 is Monday
	yday                            int // 1-based
	isdst                           int
	zone                            string
	gmtoff                          int
}

// fieldsOf breaks tm down.
func fieldsOf(tm gotime.Time) fields {
	zone, off := tm.Zone()
	isdst := 0
	if tm.Location() != gotime.UTC && tm.IsDST() {
		isdst = 1
	}
	if tm.Location() == gotime.UTC {
		zone = "GMT"
	}
	return fields{
		year: tm.Year(), mon: int(tm.Month()), mday: tm.Day(),
		hour: tm.Hour(), min: tm.Minute(), sec: tm.Second(),
		wday: (int(tm.Weekday()) + 6) % 7, yday: tm.YearDay(),
		isdst: isdst, zone: zone, gmtoff: off,
	}
}

// tuple returns f as the 11-tuple that time.py turns into a struct_time.
func (f fields) tuple() *vm.Tuple {
	return vm.NewTuple([]vm.Object{
		vm.Int(f.year), vm.Int(f.mon), vm.Int(f.mday), vm.Int(f.hour), vm.Int(f.min),
		vm.Int(f.sec), vm.Int(f.wday), vm.Int(f.yday), vm.Int(f.isdst),
		vm.NewStr(f.zone), vm.Int(f.gmtoff),
	})
}

func time_gmtime(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	tm, err := timeArg(t, "gmtime", args)
	if err != nil {
		return nil, err
	}
	return fieldsOf(tm.UTC()).tuple(), nil
}

func time_localtime(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	tm, err := timeArg(t, "localtime", args)
	if err != nil {
		return nil, err
	}
	return fieldsOf(tm.Local()).tuple(), nil
}

// tupleFields reads a struct_time or a 9-sequence of ints into fields.
func tupleFields(t *vm.Thread, fn string, o vm.Object) (fields, error) {
	var items []vm.Object
	err := vm.Iterate(t, o, func(item vm.Object) (bool, error) {
		items = append(items, item)
		return true, nil
	})
	if err != nil {
		return fields{}, vm.Errorf(vm.TypeError, "Tuple or struct_time argument required")
	}
	if len(items) != 9 {
		return fields{}, vm.Errorf(vm.TypeError, "%s(): illegal time tuple argument", fn)
	}
	var n [9]int
	for i, item := range items {
		switch v := item.(type) {
		case vm.Int:
			n[i] = int(v)
		case vm.Bool:
			if v {
				n[i] = 1
			}
		default:
			return fields{}, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", vm.TypeName(item))
		}
	}
	f := fields{year: n[0], mon: n[1], mday: n[2], hour: n[3], min: n[4], sec: n[5],
		wday: n[6], yday: n[7], isdst: n[8]}
	// The zone comes from the object when it has one (struct_time).
	if z, err := vm.GetAttr(t, o, "tm_zone"); err == nil {
		if s, ok := z.(*vm.Str); ok {
			f.zone = s.S
		}
	}
	if off, err := vm.GetAttr(t, o, "tm_gmtoff"); err == nil {
		if n, ok := off.(vm.Int); ok {
			f.gmtoff = int(n)
		}
	}
	if f.zone == "" {
		f.zone, _ = gotime.Date(f.year, gotime.Month(max(f.mon, 1)), max(f.mday, 1), f.hour, f.min, f.sec, 0, gotime.Local).Zone()
	}
	return f, nil
}

// checkFields applies CPython's range checks to a time tuple for strftime
// and asctime, normalising the zero values C accepts.
func checkFields(f *fields) error {
	if f.mon == 0 {
		f.mon = 1
	}
	if f.mday == 0 {
		f.mday = 1
	}
	if f.yday == 0 {
		f.yday = 1
	}
	switch {
	case f.mon < 1 || f.mon > 12:
		return vm.Errorf(vm.ValueError, "month out of range")
	case f.mday < 1 || f.mday > 31:
		return vm.Errorf(vm.ValueError, "day of month out of range")
	case f.hour < 0 || f.hour > 23:
		return vm.Errorf(vm.ValueError, "hour out of range")
	case f.min < 0 || f.min > 59:
		return vm.Errorf(vm.ValueError, "minute out of range")
	case f.sec < 0 || f.sec > 61:
		return vm.Errorf(vm.ValueError, "seconds out of range")
	case f.wday < -1:
		return vm.Errorf(vm.ValueError, "day of week out of range")
	case f.yday < 1 || f.yday > 366:
		return vm.Errorf(vm.ValueError, "day of year out of range")
	}
	f.wday = ((f.wday % 7) + 7) % 7
	return nil
}

func time_mktime(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(args) != 1 {
		return nil, vm.Errorf(vm.TypeError, "time.mktime() takes exactly one argument (%d given)", len(args))
	}
	f, err := tupleFields(t, "mktime", args[0])
	if err != nil {
		return nil, err
	}
	tm := gotime.Date(f.year, gotime.Month(f.mon), f.mday, f.hour, f.min, f.sec, 0, gotime.Local)
	return vm.Float(float64(tm.Unix())), nil
}

// timeOrNow reads the optional time tuple argument at index i: localtime()
// when absent.
func timeOrNow(t *vm.Thread, fn string, args []vm.Object, i int) (fields, error) {
	if len(args) <= i {
		return fieldsOf(gotime.Now()), nil
	}
	f, err := tupleFields(t, fn, args[i])
	if err != nil {
		return f, err
	}
	return f, checkFields(&f)
}

func time_strftime(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, vm.Errorf(vm.TypeError, "strftime() takes at most 2 arguments (%d given)", len(args))
	}
	format, ok := args[0].(*vm.Str)
	if !ok {
		return nil, vm.Errorf(vm.TypeError, "strftime() argument 1 must be str, not %s", vm.TypeName(args[0]))
	}
	f, err := timeOrNow(t, "strftime", args, 1)
	if err != nil {
		return nil, err
	}
	return vm.NewStr(strftime(format.S, f)), nil
}

func time_asctime(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if len(args) > 1 {
		return nil, vm.Errorf(vm.TypeError, "asctime expected at most 1 argument, got %d", len(args))
	}
	f, err := timeOrNow(t, "asctime", args, 0)
	if err != nil {
		return nil, err
	}
	return vm.NewStr(strftime("%a %b %e %H:%M:%S %Y", f)), nil
}

// Day and month names of the C locale.
var (
	dayNames   = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	monthNames = []string{"January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}
)

// strftime formats f as C's strftime does in the C locale. Unknown
// directives are copied through, as glibc does.
func strftime(format string, f fields) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch d := format[i]; d {
		case 'a':
			b.WriteString(dayNames[f.wday][:3])
		case 'A':
			b.WriteString(dayNames[f.wday])
		case 'b', 'h':
			b.WriteString(monthNames[f.mon-1][:3])
		case 'B':
			b.WriteString(monthNames[f.mon-1])
		case 'c':
			b.WriteString(strftime("%a %b %e %H:%M:%S %Y", f))
		case 'C':
			fmt.Fprintf(&b, "%02d", f.year/100)
		case 'd':
			fmt.Fprintf(&b, "%02d", f.mday)
		case 'D', 'x':
			b.WriteString(strftime("%m/%d/%y", f))
		case 'e':
			fmt.Fprintf(&b, "%2d", f.mday)
		case 'F':
			b.WriteString(strftime("%Y-%m-%d", f))
		case 'H':
			fmt.Fprintf(&b, "%02d", f.hour)
		case 'I':
			fmt.Fprintf(&b, "%02d", (f.hour+11)%12+1)
		case 'j':
			fmt.Fprintf(&b, "%03d", f.yday)
		case 'm':
			fmt.Fprintf(&b, "%02d", f.mon)
		case 'M':
			fmt.Fprintf(&b, "%02d", f.min)
		case 'n':
			b.WriteByte('\n')
		case 'p':
			if f.hour < 12 {
				b.WriteString("AM")
			} else {
				b.WriteString("PM")
			}
		case 'R':
			b.WriteString(strftime("%H:%M", f))
		case 'S':
			fmt.Fprintf(&b, "%02d", f.sec)
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			b.WriteString(strftime("%H:%M:%S", f))
		case 'u':
			fmt.Fprintf(&b, "%d", f.wday+1)
		case 'w':
			fmt.Fprintf(&b, "%d", (f.wday+1)%7)
		case 'U': // week of the year, weeks starting on Sunday
			fmt.Fprintf(&b, "%02d", (f.yday-1+7-(f.wday+1)%7)/7)
		case 'W': // week of the year, weeks starting on Monday
			fmt.Fprintf(&b, "%02d", (f.yday-1+7-f.wday)/7)
		case 'G', 'g', 'V':
			y, w := gotime.Date(f.year, gotime.Month(f.mon), f.mday, 0, 0, 0, 0, gotime.UTC).ISOWeek()
			switch d {
			case 'G':
				fmt.Fprintf(&b, "%d", y)
			case 'g':
				fmt.Fprintf(&b, "%02d", y%100)
			default:
				fmt.Fprintf(&b, "%02d", w)
			}
		case 'y':
			fmt.Fprintf(&b, "%02d", f.year%100)
		case 'Y':
			fmt.Fprintf(&b, "%d", f.year)
		case 'z':
			off := f.gmtoff
			sign := '+'
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off/60%60)
		case 'Z':
			b.WriteString(f.zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(d)
		}
	}
	return b.String()
}
