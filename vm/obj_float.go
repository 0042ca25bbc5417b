package vm

// This file defines float: arithmetic with CPython's semantics (floor
// division and modulo signs, the special cases of **), exact comparison
// with ints of any size, CPython's float hash, the float constructor with
// its string syntax, and the float methods.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"sync"
)

// FloatSub is an instance of a user subclass of float: the value with its
// class and attributes. The float slots accept it wherever they accept a
// float; results are plain floats.
type FloatSub struct {
	V     float64
	Class *Type
	Attrs *Dict // instance attributes; or nil until the first one is set
}

// Type returns the subclass.
func (f *FloatSub) Type() *Type { return f.Class }

// AttrDict returns the instance attributes, creating them when create is true.
func (f *FloatSub) AttrDict(create bool) *Dict {
	if f.Attrs == nil && create {
		f.Attrs = NewDict()
	}
	return f.Attrs
}

// floatOf returns the value of a float (Float or *FloatSub).
func floatOf(o Object) float64 {
	if f, ok := o.(Float); ok {
		return float64(f)
	}
	return o.(*FloatSub).V
}

// isFloatLike reports whether o is a float (or an instance of a subclass).
func isFloatLike(o Object) bool {
	switch o.(type) {
	case Float, *FloatSub:
		return true
	}
	return false
}

// floatOperand converts a float or int operand to float64; ok is false for
// other types. A big int too large for a float raises OverflowError.
func floatOperand(o Object) (f float64, ok bool, err error) {
	switch v := o.(type) {
	case Float:
		return float64(v), true, nil
	case Int:
		return float64(v), true, nil
	case Bool:
		if v {
			return 1, true, nil
		}
		return 0, true, nil
	case *BigInt:
		f, err := bigToFloat(&v.V)
		return f, true, err
	case *FloatSub:
		return v.V, true, nil
	case *IntSub:
		return floatOperand(v.V)
	}
	return 0, false, nil
}

// float_binop implements the BinaryOp slot (and, called with the original
// operand order, RBinaryOp) of float: one operand is a float, the other a
// float or an int.
func float_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	if x, ok := a.(Float); ok {
		if y, ok := b.(Float); ok {
			return floatOp(float64(x), float64(y), op)
		}
	}
	x, ok1, err := floatOperand(a)
	if !ok1 {
		return NotImplemented, nil
	}
	y, ok2, err2 := floatOperand(b)
	if !ok2 {
		return NotImplemented, nil
	}
	if op > nbDiv && op != nbMod && op != nbPow && op != nbFloorDiv {
		return NotImplemented, nil
	}
	if err != nil {
		return nil, err
	}
	if err2 != nil {
		return nil, err2
	}
	return floatOp(x, y, op)
}

func float_rbinop(t *Thread, a, b Object, op int) (Object, error) {
	return float_binop(t, a, b, op, false)
}

// floatOp computes x op y.
func floatOp(x, y float64, op int) (Object, error) {
	switch op {
	case nbAdd:
		return Float(x + y), nil
	case nbSub:
		return Float(x - y), nil
	case nbMult:
		return Float(x * y), nil
	case nbDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float division by zero")
		}
		return Float(x / y), nil
	case nbFloorDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float floor division by zero")
		}
		q, _ := floatDivMod(x, y)
		return Float(q), nil
	case nbMod:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float modulo")
		}
		return Float(floatMod(x, y)), nil
	case nbPow:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatMod is Python's x % y for floats (y != 0): the result has y's sign.
func floatMod(x, y float64) float64 {
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod
}

// floatDivMod is Python's divmod for floats (y != 0), as CPython's
// float_divmod.
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

// floatPow is x ** y with CPython's special cases and errors.
func floatPow(x, y float64) (Object, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	if x == 0 && y < 0 && !math.IsInf(y, 0) {
		return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && y != math.Trunc(y) {
		// CPython returns a complex number here; pyco has no complex type.
		return nil, Errorf(ValueError, "math domain error")
	}
	r := accuratePow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return nil, NewException(OverflowError, MakeInt(34), NewStr("Numerical result out of range"))
	}
	return Float(r), nil
}

// accuratePow returns x**y correctly rounded (as glibc's pow, which CPython
// uses, does in all but astronomically rare cases; Go's math.Pow is often
// an ulp off). Integral exponents use double-double arithmetic, y == 0.5
// the square root, other exponents a 160-bit big.Float evaluation of
// exp(y log x). Special values follow C99 through math.Pow.
func accuratePow(x, y float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 || x == 1 {
		return math.Pow(x, y)
	}
	if y == math.Trunc(y) && math.Abs(y) < 1<<53 {
		if r, ok := powIntDD(x, int64(y)); ok {
			return r
		}
		return math.Pow(x, y)
	}
	if x < 0 {
		return math.Pow(x, y) // NaN: a complex result in CPython
	}
	if y == 0.5 {
		return math.Sqrt(x)
	}
	return powBig(x, y)
}

// ddMul multiplies two double-double numbers.
func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p := ah * bh
	e := math.FMA(ah, bh, -p)
	e += ah*bl + al*bh
	h := p + e
	return h, e - (h - p)
}

// powIntDD returns x**n for an integral n by squaring in double-double
// arithmetic (about 100 bits), rounding once; ok is false when an
// intermediate leaves the range where that precision holds.
func powIntDD(x float64, n int64) (float64, bool) {
	switch n {
	case 1:
		return x, true
	case 2:
		return x * x, true
	case -1:
		return 1 / x, true
	}
	neg := n < 0
	if neg {
		n = -n
	}
	const tiny = 0x1p-960 // below this the low word loses bits
	rh, rl := 1.0, 0.0
	bh, bl := x, 0.0
	for n > 0 {
		if n&1 != 0 {
			rh, rl = ddMul(rh, rl, bh, bl)
			if a := math.Abs(rh); !(a >= tiny && a <= math.MaxFloat64) {
				return 0, false
			}
		}
		n >>= 1
		if n > 0 {
			bh, bl = ddMul(bh, bl, bh, bl)
			if a := math.Abs(bh); !(a >= tiny && a <= math.MaxFloat64) {
				return 0, false
			}
		}
	}
	if neg {
		q := 1 / rh
		e := math.FMA(-q, rh, 1) - q*rl
		return q + q*e, true
	}
	return rh + rl, true
}

// powPrec is the working precision of powBig.
const powPrec = 160

var (
	powLn2Once sync.Once
	powLn2     *big.Float
)

// bigLn2 returns ln 2 to powPrec+32 bits: 2 atanh(1/3).
func bigLn2() *big.Float {
	powLn2Once.Do(func() {
		third := new(big.Float).SetPrec(powPrec+64).Quo(big.NewFloat(1), big.NewFloat(3))
		powLn2 = atanhTimes2(third, powPrec+64)
	})
	return powLn2
}

// atanhTimes2 returns 2 atanh(s) = 2 (s + s^3/3 + s^5/5 + ...) for small s.
func atanhTimes2(s *big.Float, prec uint) *big.Float {
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	pow := new(big.Float).SetPrec(prec).Set(s)
	sum := new(big.Float).SetPrec(prec).Set(s)
	term := new(big.Float).SetPrec(prec)
	k := new(big.Float).SetPrec(prec)
	for i := int64(3); i < 400; i += 2 {
		pow.Mul(pow, s2)
		term.Quo(pow, k.SetInt64(i))
		if term.Sign() == 0 || sum.MantExp(nil)-term.MantExp(nil) > int(prec)+2 {
			break
		}
		sum.Add(sum, term)
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// powBig evaluates x**y = exp(y ln x) for x > 0 in big.Float and rounds
// once.
func powBig(x, y float64) float64 {
	const wp = powPrec + 32
	// ln x = e ln 2 + 2 atanh((m-1)/(m+1)), x = m 2**e, m in [sqrt(1/2), sqrt(2)).
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	bm := new(big.Float).SetPrec(wp).SetFloat64(m)
	one := new(big.Float).SetPrec(wp).SetInt64(1)
	num := new(big.Float).SetPrec(wp).Sub(bm, one)
	den := new(big.Float).SetPrec(wp).Add(bm, one)
	ln := atanhTimes2(num.Quo(num, den), wp)
	ln2 := bigLn2()
	ln.Add(ln, new(big.Float).SetPrec(wp).Mul(ln2, new(big.Float).SetInt64(int64(e))))
	z := ln.Mul(ln, new(big.Float).SetPrec(wp).SetFloat64(y))
	zf, _ := z.Float64()
	if zf > 710 {
		return math.Inf(1)
	}
	if zf < -746 {
		return 0
	}
	// exp z = 2**k exp r, r = z - k ln 2, |r| <= ln2/2, scaled by 2**-10.
	k := math.Round(zf / math.Ln2)
	r := new(big.Float).SetPrec(wp).Mul(ln2, new(big.Float).SetFloat64(k))
	r.Sub(z, r)
	const squarings = 10
	r.SetMantExp(r, -squarings)
	sum := new(big.Float).SetPrec(wp).SetInt64(1)
	term := new(big.Float).SetPrec(wp).SetInt64(1)
	n := new(big.Float).SetPrec(wp)
	for i := int64(1); i < 200; i++ {
		term.Mul(term, r)
		term.Quo(term, n.SetInt64(i))
		if term.Sign() == 0 || sum.MantExp(nil)-term.MantExp(nil) > wp+2 {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < squarings; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(k))
	f, _ := sum.Float64()
	return f
}

// floatIntCompare compares float f with an int operand exactly; unordered
// is true when f is NaN.
func floatIntCompare(f float64, i Object) (c int, unordered bool) {
	if math.IsNaN(f) {
		return 0, true
	}
	if math.IsInf(f, 0) {
		if f > 0 {
			return 1, false
		}
		return -1, false
	}
	s, b, _ := intParts(i)
	if b == nil && s >= -(1<<53) && s <= 1<<53 {
		g := float64(s)
		switch {
		case f < g:
			return -1, false
		case f > g:
			return 1, false
		}
		return 0, false
	}
	bf := new(big.Float).SetFloat64(f)
	var bi *big.Float
	if b == nil {
		bi = new(big.Float).SetInt64(s)
	} else {
		bi = new(big.Float).SetInt(b)
	}
	return bf.Cmp(bi), false
}

// float_richcompare is the RichCompare slot of float: either operand may
// be the float (the reflected call passes the float first as well).
func float_richcompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if !isFloatLike(a) {
		return NotImplemented, nil
	}
	x := Float(floatOf(a))
	var c int
	var unordered bool
	switch b.(type) {
	case Float, *FloatSub:
		y := Float(floatOf(b))
		switch op {
		case OpEq:
			return Bool(x == y), nil
		case OpNe:
			return Bool(x != y), nil
		case OpLt:
			return Bool(x < y), nil
		case OpLe:
			return Bool(x <= y), nil
		case OpGt:
			return Bool(x > y), nil
		case OpGe:
			return Bool(x >= y), nil
		}
	case Int, Bool, *BigInt, *IntSub:
		c, unordered = floatIntCompare(float64(x), b)
	default:
		return NotImplemented, nil
	}
	if unordered {
		return Bool(op == OpNe), nil
	}
	return cmpResult(c, op), nil
}

// hashFloat is CPython's _Py_HashDouble (NaN hashes to 0 here; CPython
// uses the object's address).
func hashFloat(v float64) int64 {
	if math.IsInf(v, 0) {
		if v > 0 {
			return hashInf
		}
		return -hashInf
	}
	if math.IsNaN(v) {
		return 0
	}
	if v == math.Trunc(v) && v >= -(1<<62) && v <= 1<<62 {
		return hashInt64(int64(v))
	}
	m, e := math.Frexp(v)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0 // 2**28
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

func float_hash(t *Thread, o Object) (int64, error) {
	return hashFloat(floatOf(o)), nil
}

func float_repr(t *Thread, o Object) (Object, error) {
	return NewStr(floatRepr(floatOf(o))), nil
}

func float_bool(t *Thread, o Object) (bool, error) {
	return floatOf(o) != 0, nil
}

// parseFloatString parses the text of float(s): optional whitespace and
// sign, decimal digits with single underscores between digits, an optional
// fraction and exponent, or inf/infinity/nan in any case.
func parseFloatString(s string) (float64, bool) {
	s = trimPySpace(s)
	if s == "" {
		return 0, false
	}
	body := s
	neg := false
	if body[0] == '+' || body[0] == '-' {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	// Validate: digits with underscores only between digits.
	clean := make([]byte, 0, len(s))
	if neg {
		clean = append(clean, '-')
	}
	i, n := 0, len(body)
	digitRun := func() (int, bool) {
		start := i
		count := 0
		for i < n {
			c := body[i]
			if c >= '0' && c <= '9' {
				clean = append(clean, c)
				count++
				i++
			} else if c == '_' && i > start && i+1 < n && body[i+1] >= '0' && body[i+1] <= '9' && body[i-1] >= '0' && body[i-1] <= '9' {
				i++
			} else {
				break
			}
		}
		return count, true
	}
	intDigits, _ := digitRun()
	fracDigits := 0
	if i < n && body[i] == '.' {
		clean = append(clean, '.')
		i++
		fracDigits, _ = digitRun()
	}
	if intDigits+fracDigits == 0 {
		return 0, false
	}
	if i < n && (body[i] == 'e' || body[i] == 'E') {
		clean = append(clean, 'e')
		i++
		if i < n && (body[i] == '+' || body[i] == '-') {
			clean = append(clean, body[i])
			i++
		}
		if ed, _ := digitRun(); ed == 0 {
			return 0, false
		}
	}
	if i != n {
		return 0, false
	}
	f, err := strconv.ParseFloat(string(clean), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// float_new implements float(x=0.0, /).
func float_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	if len(kwnames) > 0 {
		return nil, Errorf(TypeError, "float() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, Errorf(TypeError, "float expected at most 1 argument, got %d", len(args))
	}
	if cls != FloatType && cls != nil {
		r, err := float_new(t, FloatType, args, kwnames)
		if err != nil {
			return nil, err
		}
		return &FloatSub{V: float64(r.(Float)), Class: cls}, nil
	}
	if len(args) == 0 {
		return Float(0), nil
	}
	x := args[0]
	switch v := x.(type) {
	case Float:
		return v, nil
	case *Str:
		f, ok := parseFloatString(v.S)
		if !ok {
			return nil, Errorf(ValueError, "could not convert string to float: %s", strRepr(v.S))
		}
		return Float(f), nil
	case *Bytes:
		f, ok := parseFloatString(string(v.B))
		if !ok {
			return nil, Errorf(ValueError, "could not convert string to float: %s", bytesRepr(v.B))
		}
		return Float(f), nil
	}
	typ := x.Type()
	if typ.Float == nil && typ.Index == nil && !isIntLike(x) {
		return nil, Errorf(TypeError, "float() argument must be a string or a real number, not '%s'", typ.Name)
	}
	f, err := ToFloat(t, x)
	if err != nil {
		return nil, err
	}
	return Float(f), nil
}

// --- methods ---

func floatSelf(args []Object) float64 { return floatOf(args[0]) }

func float_is_integer(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("float.is_integer", args, kwnames); err != nil {
		return nil, err
	}
	f := floatSelf(args)
	return Bool(!math.IsInf(f, 0) && f == math.Trunc(f)), nil
}

func float_as_integer_ratio(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("float.as_integer_ratio", args, kwnames); err != nil {
		return nil, err
	}
	f := floatSelf(args)
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert Infinity to integer ratio")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert NaN to integer ratio")
	}
	r := new(big.Rat).SetFloat64(f)
	return NewTuple([]Object{NewInt(r.Num()), NewInt(r.Denom())}), nil
}

// floatHex returns float.hex(f), e.g. "0x1.8000000000000p+1".
func floatHex(f float64) string {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return floatRepr(f)
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(f)
	exp := int(bits >> 52 & 0x7ff)
	mant := bits & (1<<52 - 1)
	lead := 1
	if exp == 0 {
		lead = 0
		exp = -1022
	} else {
		exp -= 1023
	}
	m := strconv.FormatUint(mant, 16)
	m = strings.Repeat("0", 13-len(m)) + m
	es := strconv.Itoa(exp)
	if exp >= 0 {
		es = "+" + es
	}
	return sign + "0x" + strconv.Itoa(lead) + "." + m + "p" + es
}

func float_hex(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("float.hex", args, kwnames); err != nil {
		return nil, err
	}
	return NewStr(floatHex(floatSelf(args))), nil
}

// float_fromhex implements the classmethod float.fromhex(s); a leading
// class argument is skipped.
func float_fromhex(t *Thread, args []Object, kwnames []string) (Object, error) {
	s, err := fromhexArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	text := strings.ToLower(trimPySpace(s.S))
	neg := false
	if text != "" && (text[0] == '+' || text[0] == '-') {
		neg = text[0] == '-'
		text = text[1:]
	}
	var f float64
	switch text {
	case "inf", "infinity":
		f = math.Inf(1)
	case "nan":
		f = math.NaN()
	default:
		text = strings.TrimPrefix(text, "0x")
		if !strings.Contains(text, "p") {
			text += "p0"
		}
		if strings.HasPrefix(text, ".") {
			text = "0" + text
		}
		var err error
		f, err = strconv.ParseFloat("0x"+text, 64)
		if err != nil {
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange && !math.IsInf(f, 0) {
				break
			}
			if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
				return nil, Errorf(OverflowError, "hexadecimal value too large to represent as a float")
			}
			return nil, Errorf(ValueError, "invalid hexadecimal floating-point string")
		}
	}
	if neg {
		f = -f
	}
	return Float(f), nil
}

func float_conjugate(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("float.conjugate", args, kwnames); err != nil {
		return nil, err
	}
	return Float(floatSelf(args)), nil
}

func float_round(t *Thread, args []Object, kwnames []string) (Object, error) {
	var p [1]Object
	if err := scalarArgs("__round__", args[1:], kwnames, []string{""}, 0, p[:]); err != nil {
		return nil, err
	}
	return Round(t, args[0], p[0])
}

func float_trunc(t *Thread, args []Object, kwnames []string) (Object, error) {
	return floatToInt(floatSelf(args))
}

func float_floor(t *Thread, args []Object, kwnames []string) (Object, error) {
	return floatToInt(math.Floor(floatSelf(args)))
}

func float_ceil(t *Thread, args []Object, kwnames []string) (Object, error) {
	return floatToInt(math.Ceil(floatSelf(args)))
}

func float_format(t *Thread, args []Object, kwnames []string) (Object, error) {
	spec, err := formatSpecArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	return formatBuiltin(t, args[0], spec)
}

func init() {
	FloatType.Doc = "Convert a string or number to a floating point number, if possible."
	FloatType.New = float_new
	FloatType.Repr = float_repr
	FloatType.Hash = float_hash
	FloatType.Bool = float_bool
	FloatType.RichCompare = float_richcompare
	FloatType.BinaryOp = float_binop
	FloatType.RBinaryOp = float_rbinop
	FloatType.Neg = func(t *Thread, o Object) (Object, error) { return Float(-floatOf(o)), nil }
	FloatType.Pos = func(t *Thread, o Object) (Object, error) { return Float(floatOf(o)), nil }
	FloatType.Abs = func(t *Thread, o Object) (Object, error) { return Float(math.Abs(floatOf(o))), nil }
	FloatType.Int = func(t *Thread, o Object) (Object, error) { return floatToInt(floatOf(o)) }
	FloatType.Float = func(t *Thread, o Object) (Object, error) { return Float(floatOf(o)), nil }
	FloatType.AddMethod("is_integer", float_is_integer)
	FloatType.AddMethod("as_integer_ratio", float_as_integer_ratio)
	FloatType.AddMethod("hex", float_hex)
	FloatType.AddMethod("conjugate", float_conjugate)
	FloatType.AddMethod("__round__", float_round)
	FloatType.AddMethod("__trunc__", float_trunc)
	FloatType.AddMethod("__floor__", float_floor)
	FloatType.AddMethod("__ceil__", float_ceil)
	FloatType.AddMethod("__format__", float_format)
	FloatType.Dict.SetStr("fromhex", &ClassMethod{Func: &Builtin{Name: "fromhex", Fn: float_fromhex}})
	addGetter(FloatType, "real", func(t *Thread, o Object) (Object, error) { return Float(floatOf(o)), nil })
	addGetter(FloatType, "imag", func(t *Thread, o Object) (Object, error) { return Float(0), nil })
}
