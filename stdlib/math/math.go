package math

// This file defines the module table, its constants and the float functions.

import (
	gomath "math"
	"math/big"

	"pyco/vm"
)

func init() {
	vm.RegisterModule("math", initModule)
}

// initModule fills the math module.
func initModule(t *vm.Thread, m *vm.Module) error {
	d := m.Dict
	d.SetStr("pi", vm.Float(gomath.Pi))
	d.SetStr("e", vm.Float(gomath.E))
	d.SetStr("tau", vm.Float(2*gomath.Pi))
	d.SetStr("inf", vm.Float(gomath.Inf(1)))
	d.SetStr("nan", vm.Float(gomath.NaN()))
	for name, fn := range unaryFloat {
		d.SetStr(name, vm.NewBuiltin(name, floatFunc(name, fn)))
	}
	for name, fn := range functions {
		d.SetStr(name, vm.NewBuiltin(name, fn))
	}
	return nil
}

// unaryFloat maps the one-argument float functions to their Go
// implementation, which returns the result or an error (domain, range).
var unaryFloat = map[string]func(x float64) (float64, error){
	"sqrt":    domain(gomath.Sqrt, func(x float64) bool { return x < 0 }),
	"exp":     overflow(crExp),
	"exp2":    overflow(crExp2),
	"expm1":   overflow(gomath.Expm1),
	"log1p":   domain(gomath.Log1p, func(x float64) bool { return x <= -1 }),
	"cbrt":    exact(gomath.Cbrt),
	"fabs":    exact(gomath.Abs),
	"sin":     domain(crSin, isInf),
	"cos":     domain(crCos, isInf),
	"tan":     domain(crTan, isInf),
	"asin":    domain(crAsin, func(x float64) bool { return x < -1 || x > 1 }),
	"acos":    domain(crAcos, func(x float64) bool { return x < -1 || x > 1 }),
	"atan":    exact(crAtan),
	"sinh":    overflow(crSinh),
	"cosh":    overflow(crCosh),
	"tanh":    exact(crTanh),
	"asinh":   exact(crAsinh),
	"acosh":   domain(crAcosh, func(x float64) bool { return x < 1 }),
	"atanh":   domain(crAtanh, func(x float64) bool { return x <= -1 || x >= 1 }),
	"erf":     exact(gomath.Erf),
	"erfc":    exact(gomath.Erfc),
	"degrees": exact(func(x float64) float64 { return x * radToDeg }),
	"radians": exact(func(x float64) float64 { return x * degToRad }),
	"gamma":   tgamma,
	"lgamma":  lgamma,
	"ulp": exact(func(x float64) float64 {
		x = gomath.Abs(x)
		if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
			return x
		}
		if x == gomath.MaxFloat64 {
			return x - gomath.Nextafter(x, 0)
		}
		return gomath.Nextafter(x, gomath.Inf(1)) - x
	}),
}

// The conversion factors of degrees and radians, rounded as C computes
// them from the double pi.
var (
	piDouble = gomath.Pi
	degToRad = piDouble / 180.0
	radToDeg = 180.0 / piDouble
)

func isInf(x float64) bool { return gomath.IsInf(x, 0) }

// exact wraps a float function that cannot fail.
func exact(f func(float64) float64) func(float64) (float64, error) {
	return func(x float64) (float64, error) { return f(x), nil }
}

// domain wraps f, failing with "math domain error" when bad(x) holds for a
// non-NaN x.
func domain(f func(float64) float64, bad func(float64) bool) func(float64) (float64, error) {
	return func(x float64) (float64, error) {
		if !gomath.IsNaN(x) && bad(x) {
			return 0, domainError()
		}
		return f(x), nil
	}
}

// overflow wraps f, failing with "math range error" when a finite x gives
// an infinite result.
func overflow(f func(float64) float64) func(float64) (float64, error) {
	return func(x float64) (float64, error) {
		r := f(x)
		if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) {
			return 0, rangeError()
		}
		return r, nil
	}
}

// floatFunc adapts a one-argument float function to a builtin.
func floatFunc(name string, fn func(float64) (float64, error)) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := oneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		r, err := fn(x)
		if err != nil {
			return nil, err
		}
		return vm.Float(r), nil
	}
}

// functions holds the math functions that are not plain float -> float.
var functions = map[string]vm.BuiltinFunc{
	"floor":     math_floor,
	"ceil":      math_ceil,
	"trunc":     math_trunc,
	"log":       math_log,
	"log2":      logFunc("log2", func(x float64) float64 { return crLogBase(x, 2) }),
	"log10":     logFunc("log10", func(x float64) float64 { return crLogBase(x, 10) }),
	"pow":       math_pow,
	"atan2":     math_atan2,
	"hypot":     math_hypot,
	"dist":      math_dist,
	"copysign":  math_copysign,
	"fmod":      math_fmod,
	"remainder": math_remainder,
	"modf":      math_modf,
	"frexp":     math_frexp,
	"ldexp":     math_ldexp,
	"nextafter": math_nextafter,
	"isnan":     math_isnan,
	"isinf":     math_isinf,
	"isfinite":  math_isfinite,
	"isclose":   math_isclose,
	"fsum":      math_fsum,
	"prod":      math_prod,
	"gcd":       math_gcd,
	"lcm":       math_lcm,
	"factorial": math_factorial,
	"comb":      math_comb,
	"perm":      math_perm,
	"isqrt":     math_isqrt,
}

// rounding implements floor and ceil: ints are returned unchanged, objects
// with the dunder are asked, everything else goes through float.
func rounding(name, dunder string, f func(float64) float64) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := oneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		x := args[0]
		switch v := x.(type) {
		case vm.Float:
			return floatToInt(f(float64(v)))
		case vm.Int, *vm.BigInt:
			return x, nil
		case vm.Bool:
			if v {
				return vm.Int(1), nil
			}
			return vm.Int(0), nil
		}
		if r, found, err := callDunder(t, x, dunder); found {
			return r, err
		}
		fx, err := toFloat(t, x)
		if err != nil {
			return nil, err
		}
		return floatToInt(f(fx))
	}
}

var (
	math_floor = rounding("floor", "__floor__", gomath.Floor)
	math_ceil  = rounding("ceil", "__ceil__", gomath.Ceil)
)

func math_trunc(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := oneArg("trunc", args, kwnames); err != nil {
		return nil, err
	}
	switch v := args[0].(type) {
	case vm.Float:
		return floatToInt(gomath.Trunc(float64(v)))
	case vm.Int, *vm.BigInt:
		return v, nil
	case vm.Bool:
		if v {
			return vm.Int(1), nil
		}
		return vm.Int(0), nil
	}
	if r, found, err := callDunder(t, args[0], "__trunc__"); found {
		return r, err
	}
	return nil, vm.Errorf(vm.TypeError, "type %s doesn't define __trunc__ method", vm.TypeName(args[0]))
}

// logHelper applies the logarithm fn to a positive real number as
// CPython's loghelper does: ints too large for a float are split as
// m * 2**e and give fn(m) + fn(2)*e.
func logHelper(t *vm.Thread, x vm.Object, fn func(float64) float64) (float64, error) {
	if b, ok := x.(*vm.BigInt); ok {
		if b.V.Sign() <= 0 {
			return 0, domainError()
		}
		if f, err := bigToFloat(&b.V); err == nil {
			return fn(f), nil
		}
		mant := new(big.Float)
		e := new(big.Float).SetInt(&b.V).MantExp(mant)
		mf, _ := mant.Float64()
		return fn(mf) + fn(2.0)*float64(e), nil
	}
	f, err := toFloat(t, x)
	if err != nil {
		return 0, err
	}
	if f <= 0 && !gomath.IsNaN(f) {
		return 0, domainError()
	}
	return fn(f), nil
}

// logFunc adapts a one-argument logarithm to a builtin.
func logFunc(name string, fn func(float64) float64) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := oneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		r, err := logHelper(t, args[0], fn)
		if err != nil {
			return nil, err
		}
		return vm.Float(r), nil
	}
}

func math_log(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := noKwargs("log", kwnames); err != nil {
		return nil, err
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, vm.Errorf(vm.TypeError, "math.log requires 1 to 2 arguments")
	}
	num, err := logHelper(t, args[0], crLog)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return vm.Float(num), nil
	}
	den, err := logHelper(t, args[1], crLog)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, vm.Errorf(vm.ZeroDivisionError, "float division by zero")
	}
	return vm.Float(num / den), nil
}

// twoFloats converts the two arguments of a binary float function.
func twoFloats(t *vm.Thread, name string, args []vm.Object, kwnames []string) (float64, float64, error) {
	if err := nArgs(name, args, kwnames, 2, 2); err != nil {
		return 0, 0, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := toFloat(t, args[1])
	if err != nil {
		return 0, 0, err
	}
	return x, y, nil
}

func math_pow(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	x, y, err := twoFloats(t, "pow", args, kwnames)
	if err != nil {
		return nil, err
	}
	if x == 0 && y < 0 {
		return nil, domainError()
	}
	if x < 0 && !gomath.IsInf(x, 0) && y != gomath.Trunc(y) && !gomath.IsInf(y, 0) {
		return nil, domainError()
	}
	r := accuratePow(x, y)
	if gomath.IsInf(r, 0) && !gomath.IsInf(x, 0) && !gomath.IsInf(y, 0) {
		return nil, rangeError()
	}
	return vm.Float(r), nil
}

func math_atan2(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	y, x, err := twoFloats(t, "atan2", args, kwnames)
	if err != nil {
		return nil, err
	}
	return vm.Float(crAtan2(y, x)), nil
}

// hypotOf returns the Euclidean norm of xs, correctly rounded: the squares
// are summed exactly in a big.Float and the square root rounded once, which
// agrees with CPython 3.11's carefully compensated vector_norm.
func hypotOf(xs []float64) float64 {
	nan := false
	for _, x := range xs {
		if gomath.IsInf(x, 0) {
			return gomath.Inf(1)
		}
		nan = nan || gomath.IsNaN(x)
	}
	if nan {
		return gomath.NaN()
	}
	if len(xs) == 1 {
		return gomath.Abs(xs[0])
	}
	const prec = 2200 // exact for squares of any float64 and many terms
	sum := new(big.Float).SetPrec(prec)
	sq := new(big.Float).SetPrec(prec)
	for _, x := range xs {
		bx := new(big.Float).SetPrec(prec).SetFloat64(x)
		sq.Mul(bx, bx)
		sum.Add(sum, sq)
	}
	r, _ := new(big.Float).SetPrec(prec).Sqrt(sum).Float64()
	return r
}

func math_hypot(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := noKwargs("hypot", kwnames); err != nil {
		return nil, err
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		x, err := toFloat(t, a)
		if err != nil {
			return nil, err
		}
		xs[i] = x
	}
	return vm.Float(hypotOf(xs)), nil
}

// floatsOf converts the items of an iterable to floats.
func floatsOf(t *vm.Thread, o vm.Object) ([]float64, error) {
	var xs []float64
	err := vm.Iterate(t, o, func(item vm.Object) (bool, error) {
		x, err := toFloat(t, item)
		xs = append(xs, x)
		return err == nil, err
	})
	return xs, err
}

func math_dist(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := nArgs("dist", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	p, err := floatsOf(t, args[0])
	if err != nil {
		return nil, err
	}
	q, err := floatsOf(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, vm.Errorf(vm.ValueError, "both points must have the same number of dimensions")
	}
	for i := range p {
		p[i] -= q[i]
	}
	return vm.Float(hypotOf(p)), nil
}

func math_copysign(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	x, y, err := twoFloats(t, "copysign", args, kwnames)
	if err != nil {
		return nil, err
	}
	return vm.Float(gomath.Copysign(x, y)), nil
}

func math_fmod(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	x, y, err := twoFloats(t, "fmod", args, kwnames)
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(y, 0) && !gomath.IsInf(x, 0) && !gomath.IsNaN(x) {
		return vm.Float(x), nil
	}
	if (y == 0 || gomath.IsInf(x, 0)) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return nil, domainError()
	}
	return vm.Float(gomath.Mod(x, y)), nil
}

func math_remainder(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	x, y, err := twoFloats(t, "remainder", args, kwnames)
	if err != nil {
		return nil, err
	}
	if (y == 0 || gomath.IsInf(x, 0)) && !gomath.IsNaN(x) && !gomath.IsNaN(y) {
		return nil, domainError()
	}
	return vm.Float(gomath.Remainder(x, y)), nil
}

func math_modf(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := oneArg("modf", args, kwnames); err != nil {
		return nil, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return nil, err
	}
	if gomath.IsInf(x, 0) {
		return vm.NewTuple([]vm.Object{vm.Float(gomath.Copysign(0, x)), vm.Float(x)}), nil
	}
	i, f := gomath.Modf(x)
	return vm.NewTuple([]vm.Object{vm.Float(f), vm.Float(i)}), nil
}

func math_frexp(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := oneArg("frexp", args, kwnames); err != nil {
		return nil, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return nil, err
	}
	m, e := gomath.Frexp(x)
	return vm.NewTuple([]vm.Object{vm.Float(m), vm.Int(int64(e))}), nil
}

func math_ldexp(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := nArgs("ldexp", args, kwnames, 2, 2); err != nil {
		return nil, err
	}
	x, err := toFloat(t, args[0])
	if err != nil {
		return nil, err
	}
	if !isInt(args[1]) {
		return nil, vm.Errorf(vm.TypeError, "Expected an int as second argument to ldexp.")
	}
	eb, err := toBig(t, args[1])
	if err != nil {
		return nil, err
	}
	if x == 0 || gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		return vm.Float(x), nil
	}
	e := 100000
	if eb.IsInt64() && eb.Int64() < 100000 && eb.Int64() > -100000 {
		e = int(eb.Int64())
	} else if eb.Sign() < 0 {
		e = -100000
	}
	r := gomath.Ldexp(x, e)
	if gomath.IsInf(r, 0) {
		return nil, rangeError()
	}
	return vm.Float(r), nil
}

func math_nextafter(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	x, y, err := twoFloats(t, "nextafter", args, kwnames)
	if err != nil {
		return nil, err
	}
	return vm.Float(gomath.Nextafter(x, y)), nil
}

// floatPredicate adapts a float predicate to a builtin returning a bool.
func floatPredicate(name string, p func(float64) bool) vm.BuiltinFunc {
	return func(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
		if err := oneArg(name, args, kwnames); err != nil {
			return nil, err
		}
		x, err := toFloat(t, args[0])
		if err != nil {
			return nil, err
		}
		return pyBool(p(x)), nil
	}
}

var (
	math_isnan    = floatPredicate("isnan", gomath.IsNaN)
	math_isinf    = floatPredicate("isinf", isInf)
	math_isfinite = floatPredicate("isfinite", func(x float64) bool { return !gomath.IsInf(x, 0) && !gomath.IsNaN(x) })
)

func math_isclose(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	npos := len(args) - len(kwnames)
	if npos > 2 {
		return nil, vm.Errorf(vm.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", npos)
	}
	vals := map[string]vm.Object{}
	names := []string{"a", "b"}
	for i := 0; i < npos; i++ {
		vals[names[i]] = args[i]
	}
	for i, k := range kwnames {
		switch k {
		case "a", "b", "rel_tol", "abs_tol":
		default:
			return nil, vm.Errorf(vm.TypeError, "isclose() got an unexpected keyword argument '%s'", k)
		}
		if _, dup := vals[k]; dup {
			return nil, vm.Errorf(vm.TypeError, "argument for isclose() given by name ('%s') and position (%d)", k, 1+map[string]int{"a": 0, "b": 1}[k])
		}
		vals[k] = args[npos+i]
	}
	get := func(name string, def float64) (float64, error) {
		o, ok := vals[name]
		if !ok {
			if name == "a" || name == "b" {
				return 0, vm.Errorf(vm.TypeError, "isclose() missing required argument '%s' (pos %d)", name, 1+map[string]int{"a": 0, "b": 1}[name])
			}
			return def, nil
		}
		return toFloat(t, o)
	}
	a, err := get("a", 0)
	if err != nil {
		return nil, err
	}
	b, err := get("b", 0)
	if err != nil {
		return nil, err
	}
	rel, err := get("rel_tol", 1e-9)
	if err != nil {
		return nil, err
	}
	abs, err := get("abs_tol", 0)
	if err != nil {
		return nil, err
	}
	if rel < 0 || abs < 0 {
		return nil, vm.Errorf(vm.ValueError, "tolerances must be non-negative")
	}
	if a == b {
		return vm.True, nil
	}
	if gomath.IsInf(a, 0) || gomath.IsInf(b, 0) {
		return vm.False, nil
	}
	diff := gomath.Abs(b - a)
	ok := diff <= gomath.Abs(rel*b) || diff <= gomath.Abs(rel*a) || diff <= abs
	return pyBool(ok), nil
}

func math_fsum(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	if err := oneArg("fsum", args, kwnames); err != nil {
		return nil, err
	}
	xs, err := floatsOf(t, args[0])
	if err != nil {
		return nil, err
	}
	// Every float64 is a multiple of 2**-1074 below 2**1024, so a 2200-bit
	// mantissa sums up to 2**100 of them exactly; one rounding at the end
	// gives the correctly rounded result, as CPython's fsum does.
	sum := new(big.Float).SetPrec(2200)
	special := 0.0
	hasSpecial := false
	for _, x := range xs {
		if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
			if !hasSpecial {
				special, hasSpecial = x, true
			} else {
				special += x
			}
			continue
		}
		sum.Add(sum, new(big.Float).SetFloat64(x))
	}
	if hasSpecial {
		if gomath.IsNaN(special) {
			for _, x := range xs {
				if gomath.IsNaN(x) {
					return vm.Float(x), nil
				}
			}
			return nil, vm.Errorf(vm.ValueError, "-inf + inf in fsum")
		}
		return vm.Float(special), nil
	}
	r, _ := sum.Float64()
	if gomath.IsInf(r, 0) {
		return nil, vm.Errorf(vm.OverflowError, "intermediate overflow in fsum")
	}
	return vm.Float(r), nil
}

func math_prod(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	npos := len(args) - len(kwnames)
	if npos != 1 {
		return nil, vm.Errorf(vm.TypeError, "prod() takes exactly 1 positional argument (%d given)", npos)
	}
	var acc vm.Object = vm.Int(1)
	for i, k := range kwnames {
		if k != "start" {
			return nil, vm.Errorf(vm.TypeError, "prod() got an unexpected keyword argument '%s'", k)
		}
		acc = args[npos+i]
	}
	err := vm.Iterate(t, args[0], func(item vm.Object) (bool, error) {
		r, err := vm.BinaryOp(t, acc, item, opMult, false)
		acc = r
		return err == nil, err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

// bigArgs converts every argument to a big integer.
func bigArgs(t *vm.Thread, name string, args []vm.Object, kwnames []string) ([]*big.Int, error) {
	if err := noKwargs(name, kwnames); err != nil {
		return nil, err
	}
	bs := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := toBig(t, a)
		if err != nil {
			return nil, err
		}
		bs[i] = b
	}
	return bs, nil
}

func math_gcd(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	bs, err := bigArgs(t, "gcd", args, kwnames)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, b := range bs {
		g.GCD(nil, nil, g, b.Abs(b))
	}
	return fromBig(g), nil
}

func math_lcm(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	bs, err := bigArgs(t, "lcm", args, kwnames)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, b := range bs {
		b.Abs(b)
		if b.Sign() == 0 {
			return vm.Int(0), nil
		}
		g := new(big.Int).GCD(nil, nil, l, b)
		l.Mul(l, b.Quo(b, g))
	}
	return fromBig(l), nil
}

// intArg converts the single integer argument of name.
func intArg(t *vm.Thread, name string, args []vm.Object, kwnames []string) (*big.Int, error) {
	if err := oneArg(name, args, kwnames); err != nil {
		return nil, err
	}
	return toBig(t, args[0])
}

func math_factorial(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	n, err := intArg(t, "factorial", args, kwnames)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, vm.Errorf(vm.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() {
		return nil, vm.Errorf(vm.OverflowError, "factorial() argument should not exceed %d", int64(gomath.MaxInt64))
	}
	return fromBig(new(big.Int).MulRange(1, n.Int64())), nil
}

// combArgs converts the (n, k) arguments of comb and perm, with CPython's
// checks. k is nil when perm is called without it.
func combArgs(t *vm.Thread, name string, args []vm.Object, kwnames []string, min int) (n, k *big.Int, err error) {
	if err := nArgs(name, args, kwnames, min, 2); err != nil {
		return nil, nil, err
	}
	if n, err = toBig(t, args[0]); err != nil {
		return nil, nil, err
	}
	if len(args) == 2 && args[1] != vm.None {
		if k, err = toBig(t, args[1]); err != nil {
			return nil, nil, err
		}
	}
	if n.Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueError, "n must be a non-negative integer")
	}
	if k != nil && k.Sign() < 0 {
		return nil, nil, vm.Errorf(vm.ValueError, "k must be a non-negative integer")
	}
	if k != nil && !k.IsInt64() && k.Cmp(n) <= 0 {
		return nil, nil, vm.Errorf(vm.OverflowError, "k must not exceed %d", int64(gomath.MaxInt64))
	}
	return n, k, nil
}

func math_comb(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	n, k, err := combArgs(t, "comb", args, kwnames, 2)
	if err != nil {
		return nil, err
	}
	if k.Cmp(n) > 0 {
		return vm.Int(0), nil
	}
	// comb(n, k) == comb(n, n-k); iterate over the smaller.
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	r := big.NewInt(1)
	num := new(big.Int).Set(n)
	for i := int64(1); i <= k.Int64(); i++ {
		r.Mul(r, num)
		r.Quo(r, big.NewInt(i))
		num.Sub(num, big.NewInt(1))
	}
	return fromBig(r), nil
}

func math_perm(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	n, k, err := combArgs(t, "perm", args, kwnames, 1)
	if err != nil {
		return nil, err
	}
	if k == nil {
		k = n
	}
	if k.Cmp(n) > 0 {
		return vm.Int(0), nil
	}
	r := big.NewInt(1)
	num := new(big.Int).Set(n)
	for i := int64(0); i < k.Int64(); i++ {
		r.Mul(r, num)
		num.Sub(num, big.NewInt(1))
	}
	return fromBig(r), nil
}

func math_isqrt(t *vm.Thread, args []vm.Object, kwnames []string) (vm.Object, error) {
	n, err := intArg(t, "isqrt", args, kwnames)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, vm.Errorf(vm.ValueError, "isqrt() argument must be nonnegative")
	}
	return fromBig(n.Sqrt(n)), nil
}
