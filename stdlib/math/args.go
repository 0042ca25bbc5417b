package math

// This file defines the argument conversions shared by the math functions:
// pyco numbers to float64 and *big.Int, and back.

import (
	gomath "math"
	"math/big"

	"pyco/vm"
)

// Binary operators as numbered by parser.Operator (the order of Python's
// ast module), for vm.BinaryOp. stdlib packages may not import parser.
const opMult = 2 // parser.Mult

// noKwargs rejects keyword arguments to the function name.
func noKwargs(name string, kwnames []string) error {
	if len(kwnames) > 0 {
		return vm.Errorf(vm.TypeError, "math.%s() takes no keyword arguments", name)
	}
	return nil
}

// oneArg checks that a METH_O style function got exactly one positional
// argument, with CPython's message.
func oneArg(name string, args []vm.Object, kwnames []string) error {
	if err := noKwargs(name, kwnames); err != nil {
		return err
	}
	if len(args) != 1 {
		return vm.Errorf(vm.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// nArgs checks the number of positional arguments of a multi-argument
// function: between min and max inclusive.
func nArgs(name string, args []vm.Object, kwnames []string, min, max int) error {
	if err := noKwargs(name, kwnames); err != nil {
		return err
	}
	n := len(args)
	switch {
	case min == max && n != min:
		return vm.Errorf(vm.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), n)
	case n < min:
		return vm.Errorf(vm.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), n)
	case n > max:
		return vm.Errorf(vm.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), n)
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// toFloat converts a real number (float, int, bool, or an object with
// __float__ or __index__) to float64.
func toFloat(t *vm.Thread, o vm.Object) (float64, error) {
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
		return bigToFloat(&x.V)
	}
	typ := o.Type()
	if typ.Float != nil {
		r, err := typ.Float(t, o)
		if err != nil {
			return 0, err
		}
		if f, ok := r.(vm.Float); ok {
			return float64(f), nil
		}
		return 0, vm.Errorf(vm.TypeError, "%s.__float__ returned non-float (type %s)", typ.Name, vm.TypeName(r))
	}
	if typ.Index != nil {
		r, err := typ.Index(t, o)
		if err != nil {
			return 0, err
		}
		return toFloat(t, r)
	}
	return 0, vm.Errorf(vm.TypeError, "must be real number, not %s", typ.Name)
}

// bigToFloat converts a big integer to the nearest float64.
func bigToFloat(b *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(b).Float64()
	if gomath.IsInf(f, 0) {
		return 0, vm.Errorf(vm.OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// toBig converts an integer (int, bool, or an object with __index__) to a
// fresh *big.Int.
func toBig(t *vm.Thread, o vm.Object) (*big.Int, error) {
	switch x := o.(type) {
	case vm.Int:
		return big.NewInt(int64(x)), nil
	case vm.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *vm.BigInt:
		return new(big.Int).Set(&x.V), nil
	}
	typ := o.Type()
	if typ.Index != nil {
		r, err := typ.Index(t, o)
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case vm.Int, *vm.BigInt, vm.Bool:
			return toBig(t, r)
		}
		return nil, vm.Errorf(vm.TypeError, "__index__ returned non-int (type %s)", vm.TypeName(r))
	}
	return nil, vm.Errorf(vm.TypeError, "'%s' object cannot be interpreted as an integer", typ.Name)
}

// isInt reports whether o is an int (or bool).
func isInt(o vm.Object) bool {
	switch o.(type) {
	case vm.Int, *vm.BigInt, vm.Bool:
		return true
	}
	return false
}

// fromBig returns b as a pyco int, normalised to vm.Int when it fits.
func fromBig(b *big.Int) vm.Object {
	if b.IsInt64() {
		return vm.Int(b.Int64())
	}
	r := &vm.BigInt{}
	r.V.Set(b)
	return r
}

// floatToInt converts an integral float64 to a pyco int, with CPython's
// errors for infinities and NaN.
func floatToInt(f float64) (vm.Object, error) {
	if gomath.IsInf(f, 0) {
		return nil, vm.Errorf(vm.OverflowError, "cannot convert float infinity to integer")
	}
	if gomath.IsNaN(f) {
		return nil, vm.Errorf(vm.ValueError, "cannot convert float NaN to integer")
	}
	if f >= -9.2e18 && f <= 9.2e18 {
		return vm.Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return fromBig(b), nil
}

// domainError is CPython's ValueError for arguments outside a function's
// domain.
func domainError() error { return vm.Errorf(vm.ValueError, "math domain error") }

// rangeError is CPython's OverflowError for results too large for a float.
func rangeError() error { return vm.Errorf(vm.OverflowError, "math range error") }

// callDunder looks up the special method name on o's class and calls it
// with o; found is false when the class has no such method.
func callDunder(t *vm.Thread, o vm.Object, name string) (r vm.Object, found bool, err error) {
	for _, c := range o.Type().MRO {
		if c.Dict == nil {
			continue
		}
		if _, ok := c.Dict.GetStr(name); ok {
			m, err := vm.GetAttr(t, o, name)
			if err != nil {
				return nil, true, err
			}
			r, err := t.Call(m, nil, nil)
			return r, true, err
		}
	}
	return nil, false, nil
}

// pyBool returns True or False.
func pyBool(b bool) vm.Object {
	if b {
		return vm.True
	}
	return vm.False
}
