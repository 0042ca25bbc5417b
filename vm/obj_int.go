package vm

// This file defines int: the Int and *BigInt representations, their
// arithmetic with Python's semantics (floor division, modulo signs, shifts,
// arbitrary precision), conversions, hashing, the int constructor and the
// int methods. bool reuses almost all of it (obj_bool.go).
//
// Invariant: a value that fits in int64 is always an Int, never a *BigInt;
// every function that produces a *big.Int result goes through bigResult.

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"unicode"
)

// The binary operator numbers of the BinaryOp slots: the values of
// parser.Operator (the vm package does not import the parser for them).
const (
	nbAdd = iota
	nbSub
	nbMult
	nbMatMult
	nbDiv
	nbMod
	nbPow
	nbLShift
	nbRShift
	nbBitOr
	nbBitXor
	nbBitAnd
	nbFloorDiv
)

// The preallocated boxed small ints, as CPython's small-int cache.
const (
	smallIntMin = -5
	smallIntMax = 1024
)

var smallInts [smallIntMax - smallIntMin + 1]Object

// smallIntStrs holds str(n) for the small ints.
var smallIntStrs [smallIntMax - smallIntMin + 1]*Str

// hashModulus is CPython's _PyHASH_MODULUS, the Mersenne prime 2**61-1.
const (
	hashBits    = 61
	hashModulus = (1 << hashBits) - 1
	hashInf     = 314159
)

// maxStrDigits is CPython's default sys.int_info.default_max_str_digits.
const maxStrDigits = 4300

var (
	bigHashModulus = big.NewInt(hashModulus)
	bigOne         = big.NewInt(1)
)

// IntSub is an instance of a user subclass of int (`class Count(int)`):
// the int value (an Int or a *BigInt) with its class and attributes. The
// int slots accept it wherever they accept an int; results are plain ints.
type IntSub struct {
	V     Object // Int or *BigInt
	Class *Type
	Attrs *Dict // instance attributes; or nil until the first one is set
}

// Type returns the subclass.
func (i *IntSub) Type() *Type { return i.Class }

// AttrDict returns the instance attributes, creating them when create is true.
func (i *IntSub) AttrDict(create bool) *Dict {
	if i.Attrs == nil && create {
		i.Attrs = NewDict()
	}
	return i.Attrs
}

// MakeInt returns n as an Object, without allocating for -5..1024.
func MakeInt(n int64) Object {
	if n >= smallIntMin && n <= smallIntMax {
		return smallInts[n-smallIntMin]
	}
	return Int(n)
}

// NewInt returns the pyco int with value x: an Int when x fits in int64, a
// new *BigInt otherwise. x is copied, so the caller may reuse it.
func NewInt(x *big.Int) Object {
	if x.IsInt64() {
		return MakeInt(x.Int64())
	}
	r := new(BigInt)
	r.V.Set(x)
	return r
}

// bigResult normalises a freshly computed result that the caller owns.
func bigResult(x *big.Int) Object {
	if x.IsInt64() {
		return MakeInt(x.Int64())
	}
	return &BigInt{V: *x}
}

// AsInt64 returns the value of an int (Int or Bool) that fits in int64; ok
// is false for a *BigInt and for non-int objects.
func AsInt64(o Object) (int64, bool) {
	switch v := o.(type) {
	case Int:
		return int64(v), true
	case Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// intParts classifies an int operand (Int, Bool or *BigInt): b is non-nil
// for a *BigInt (and must not be mutated), small holds the value otherwise.
func intParts(o Object) (small int64, b *big.Int, ok bool) {
	switch v := o.(type) {
	case Int:
		return int64(v), nil, true
	case Bool:
		if v {
			return 1, nil, true
		}
		return 0, nil, true
	case *BigInt:
		return 0, &v.V, true
	case *IntSub:
		return intParts(v.V)
	}
	return 0, nil, false
}

// isIntLike reports whether o is an int (Int, Bool or *BigInt).
func isIntLike(o Object) bool {
	switch o.(type) {
	case Int, Bool, *BigInt, *IntSub:
		return true
	}
	return false
}

// toBig returns the value of an int operand as a *big.Int (shared for a
// *BigInt: do not mutate).
func toBig(o Object) *big.Int {
	s, b, _ := intParts(o)
	if b != nil {
		return b
	}
	return big.NewInt(s)
}

// AsIndex converts o to a Go int for use as an index or count: it accepts
// ints, bools and objects with __index__; a value beyond the int range
// raises OverflowError ("cannot fit 'int' into an index-sized integer").
func AsIndex(t *Thread, o Object) (int, error) {
	switch v := o.(type) {
	case Int:
		return int(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(OverflowError, "cannot fit 'int' into an index-sized integer")
	case *IntSub:
		return AsIndex(t, v.V)
	}
	typ := o.Type()
	if typ.Index == nil {
		return 0, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typ.Name)
	}
	r, err := typ.Index(t, o)
	if err != nil {
		return 0, err
	}
	if !isIntLike(r) {
		return 0, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return AsIndex(t, r)
}

// indexValue returns o.__index__() as an int Object (Int or *BigInt).
func indexValue(t *Thread, o Object) (Object, error) {
	switch v := o.(type) {
	case Int, *BigInt:
		return o, nil
	case Bool:
		if v {
			return MakeInt(1), nil
		}
		return MakeInt(0), nil
	case *IntSub:
		return v.V, nil
	}
	typ := o.Type()
	if typ.Index == nil {
		return nil, Errorf(TypeError, "'%s' object cannot be interpreted as an integer", typ.Name)
	}
	r, err := typ.Index(t, o)
	if err != nil {
		return nil, err
	}
	if !isIntLike(r) {
		return nil, Errorf(TypeError, "__index__ returned non-int (type %s)", TypeName(r))
	}
	return indexValue(t, r)
}

// ToFloat converts a real number (float, int, bool, or an object with
// __float__ or __index__) to a float64, as float(x) does for non-strings.
func ToFloat(t *Thread, o Object) (float64, error) {
	switch v := o.(type) {
	case Float:
		return float64(v), nil
	case Int:
		return float64(v), nil
	case Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return bigToFloat(&v.V)
	case *IntSub:
		return ToFloat(t, v.V)
	case *FloatSub:
		return v.V, nil
	}
	typ := o.Type()
	if typ.Float != nil {
		r, err := typ.Float(t, o)
		if err != nil {
			return 0, err
		}
		f, ok := r.(Float)
		if !ok {
			return 0, Errorf(TypeError, "%s.__float__ returned non-float (type %s)", typ.Name, TypeName(r))
		}
		return float64(f), nil
	}
	if typ.Index != nil {
		r, err := indexValue(t, o)
		if err != nil {
			return 0, err
		}
		return ToFloat(t, r)
	}
	return 0, Errorf(TypeError, "must be real number, not %s", typ.Name)
}

// bigToFloat converts x to the nearest float64, raising OverflowError when
// it is out of range.
func bigToFloat(x *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, Errorf(OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// --- arithmetic ---

// int_binop implements the BinaryOp and RBinaryOp slots of int and bool:
// both operands must be ints (or bools), else NotImplemented.
func int_binop(t *Thread, a, b Object, op int, inplace bool) (Object, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return intSmallOp(int64(x), int64(y), op)
		}
	}
	xs, xb, ok1 := intParts(a)
	ys, yb, ok2 := intParts(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil {
		if op == nbBitAnd || op == nbBitOr || op == nbBitXor {
			ba, aok := a.(Bool)
			bb, bok := b.(Bool)
			if aok && bok {
				switch op {
				case nbBitAnd:
					return Bool(ba && bb), nil
				case nbBitOr:
					return Bool(ba || bb), nil
				default:
					return Bool(ba != bb), nil
				}
			}
		}
		return intSmallOp(xs, ys, op)
	}
	if xb == nil {
		xb = big.NewInt(xs)
	}
	if yb == nil {
		yb = big.NewInt(ys)
	}
	return intBigOp(xb, yb, op)
}

// int_rbinop is the reflected slot: a op b where b is an int.
func int_rbinop(t *Thread, a, b Object, op int) (Object, error) {
	return int_binop(t, a, b, op, false)
}

// intSmallOp computes x op y for 64-bit operands, moving to big ints on
// overflow.
func intSmallOp(x, y int64, op int) (Object, error) {
	switch op {
	case nbAdd:
		s := x + y
		if (s^x)&(s^y) < 0 {
			return bigResult(new(big.Int).Add(big.NewInt(x), big.NewInt(y))), nil
		}
		return MakeInt(s), nil
	case nbSub:
		d := x - y
		if (x^y)&(x^d) < 0 {
			return bigResult(new(big.Int).Sub(big.NewInt(x), big.NewInt(y))), nil
		}
		return MakeInt(d), nil
	case nbMult:
		if p, ok := mul64(x, y); ok {
			return MakeInt(p), nil
		}
		return bigResult(new(big.Int).Mul(big.NewInt(x), big.NewInt(y))), nil
	case nbDiv:
		return intTrueDiv(x, y)
	case nbFloorDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return bigResult(new(big.Int).Neg(big.NewInt(x))), nil
		}
		return MakeInt(floorDiv64(x, y)), nil
	case nbMod:
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
		}
		return MakeInt(floorMod64(x, y)), nil
	case nbPow:
		return intPow(x, y)
	case nbLShift:
		if y < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if x == 0 {
			return MakeInt(0), nil
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return MakeInt(r), nil
			}
		}
		if err := checkAlloc(int(y/8), 1); err != nil {
			return nil, err
		}
		return bigResult(new(big.Int).Lsh(big.NewInt(x), uint(y))), nil
	case nbRShift:
		if y < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if y >= 64 {
			if x < 0 {
				return MakeInt(-1), nil
			}
			return MakeInt(0), nil
		}
		return MakeInt(x >> uint(y)), nil
	case nbBitAnd:
		return MakeInt(x & y), nil
	case nbBitOr:
		return MakeInt(x | y), nil
	case nbBitXor:
		return MakeInt(x ^ y), nil
	}
	return NotImplemented, nil
}

// mul64 returns x*y and whether it did not overflow.
func mul64(x, y int64) (int64, bool) {
	if x > -(1<<31) && x < 1<<31 && y > -(1<<31) && y < 1<<31 {
		return x * y, true
	}
	neg := (x < 0) != (y < 0)
	ux, uy := absU64(x), absU64(y)
	hi, lo := bits.Mul64(ux, uy)
	if hi != 0 {
		return 0, false
	}
	if neg {
		if lo > 1<<63 {
			return 0, false
		}
		return int64(-lo), true
	}
	if lo >= 1<<63 {
		return 0, false
	}
	return int64(lo), true
}

func absU64(x int64) uint64 {
	if x < 0 {
		return uint64(-x) // correct for MinInt64 too (wraps to 1<<63)
	}
	return uint64(x)
}

// floorDiv64 is Python's x // y for y != 0 (excluding MinInt64 // -1).
func floorDiv64(x, y int64) int64 {
	q := x / y
	if (x%y != 0) && ((x < 0) != (y < 0)) {
		q--
	}
	return q
}

// modPositive is Python's x % y for y > 0. Operands that both fit in 32
// bits use the 32-bit divide, several times faster than the 64-bit one.
func modPositive(x, y int64) int64 {
	if uint64(x)|uint64(y) < 1<<32 {
		return int64(uint32(x) % uint32(y))
	}
	r := x % y
	if r < 0 {
		r += y
	}
	return r
}

// floorDivPositive is Python's x // y for y > 0, with modPositive's
// 32-bit fast case.
func floorDivPositive(x, y int64) int64 {
	if uint64(x)|uint64(y) < 1<<32 {
		return int64(uint32(x) / uint32(y))
	}
	q := x / y
	if x%y != 0 && x < 0 {
		q--
	}
	return q
}

// floorMod64 is Python's x % y for y != 0: the result has y's sign.
func floorMod64(x, y int64) int64 {
	r := x % y
	if r != 0 && ((r < 0) != (y < 0)) {
		r += y
	}
	return r
}

// intTrueDiv is x / y, correctly rounded.
func intTrueDiv(x, y int64) (Object, error) {
	if y == 0 {
		return nil, Errorf(ZeroDivisionError, "division by zero")
	}
	const exact = 1 << 53
	if x >= -exact && x <= exact && y >= -exact && y <= exact {
		return Float(float64(x) / float64(y)), nil
	}
	return bigTrueDiv(big.NewInt(x), big.NewInt(y))
}

// bigTrueDiv is x / y for big operands, correctly rounded.
func bigTrueDiv(x, y *big.Int) (Object, error) {
	if y.Sign() == 0 {
		return nil, Errorf(ZeroDivisionError, "division by zero")
	}
	if x.Sign() == 0 {
		if y.Sign() < 0 {
			return Float(math.Copysign(0, -1)), nil
		}
		return Float(0), nil
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "integer division result too large for a float")
	}
	return Float(f), nil
}

// intPow is x ** y for 64-bit operands.
func intPow(x, y int64) (Object, error) {
	if y < 0 {
		if x == 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		return floatPow(float64(x), float64(y))
	}
	result, base, e := int64(1), x, y
	for {
		if e&1 != 0 {
			r, ok := mul64(result, base)
			if !ok {
				break
			}
			result = r
		}
		e >>= 1
		if e == 0 {
			return MakeInt(result), nil
		}
		b, ok := mul64(base, base)
		if !ok {
			break
		}
		base = b
	}
	return bigPow(big.NewInt(x), big.NewInt(y))
}

// bigPow is x ** y for y >= 0 (or a float result for y < 0).
func bigPow(x, y *big.Int) (Object, error) {
	if y.Sign() < 0 {
		if x.Sign() == 0 {
			return nil, Errorf(ZeroDivisionError, "0.0 cannot be raised to a negative power")
		}
		fx, err := bigToFloat(x)
		if err != nil {
			return nil, err
		}
		fy, err := bigToFloat(y)
		if err != nil {
			return nil, err
		}
		return floatPow(fx, fy)
	}
	if x.IsInt64() && (x.Int64() == 0 || x.Int64() == 1) {
		return MakeInt(x.Int64()), nil
	}
	if x.IsInt64() && x.Int64() == -1 {
		if y.Bit(0) == 0 {
			return MakeInt(1), nil
		}
		return MakeInt(-1), nil
	}
	if !y.IsInt64() || int64(x.BitLen())*y.Int64() > 1<<36 {
		return nil, Errorf(MemoryError, "")
	}
	return bigResult(new(big.Int).Exp(x, y, nil)), nil
}

// intBigOp computes x op y when at least one operand is big.
func intBigOp(x, y *big.Int, op int) (Object, error) {
	switch op {
	case nbAdd:
		return bigResult(new(big.Int).Add(x, y)), nil
	case nbSub:
		return bigResult(new(big.Int).Sub(x, y)), nil
	case nbMult:
		return bigResult(new(big.Int).Mul(x, y)), nil
	case nbDiv:
		return bigTrueDiv(x, y)
	case nbFloorDiv, nbMod:
		if y.Sign() == 0 {
			if op == nbMod {
				return nil, Errorf(ZeroDivisionError, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		q, r := bigDivMod(x, y)
		if op == nbFloorDiv {
			return bigResult(q), nil
		}
		return bigResult(r), nil
	case nbPow:
		return bigPow(x, y)
	case nbLShift, nbRShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueError, "negative shift count")
		}
		if op == nbRShift {
			if !y.IsInt64() || y.Int64() > int64(x.BitLen()) {
				if x.Sign() < 0 {
					return MakeInt(-1), nil
				}
				return MakeInt(0), nil
			}
			return bigResult(new(big.Int).Rsh(x, uint(y.Int64()))), nil
		}
		if x.Sign() == 0 {
			return MakeInt(0), nil
		}
		if !y.IsInt64() {
			return nil, Errorf(MemoryError, "")
		}
		if err := checkAlloc(int(y.Int64()/8)+len(x.Bits())*8, 1); err != nil {
			return nil, err
		}
		return bigResult(new(big.Int).Lsh(x, uint(y.Int64()))), nil
	case nbBitAnd:
		return bigResult(new(big.Int).And(x, y)), nil
	case nbBitOr:
		return bigResult(new(big.Int).Or(x, y)), nil
	case nbBitXor:
		return bigResult(new(big.Int).Xor(x, y)), nil
	}
	return NotImplemented, nil
}

// bigDivMod returns Python's (x // y, x % y) for y != 0.
func bigDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, bigOne)
		r.Add(r, y)
	}
	return q, r
}

// Divmod returns divmod(a, b) for ints and floats (NotImplemented for other
// operand types, so the caller can try __divmod__).
func Divmod(t *Thread, a, b Object) (Object, error) {
	aFloat, bFloat := isFloatLike(a), isFloatLike(b)
	if (aFloat || isIntLike(a)) && (bFloat || isIntLike(b)) && (aFloat || bFloat) {
		x, err := ToFloat(t, a)
		if err != nil {
			return nil, err
		}
		y, err := ToFloat(t, b)
		if err != nil {
			return nil, err
		}
		if y == 0 {
			return nil, Errorf(ZeroDivisionError, "float divmod()")
		}
		q, r := floatDivMod(x, y)
		return NewTuple([]Object{Float(q), Float(r)}), nil
	}
	xs, xb, ok1 := intParts(a)
	ys, yb, ok2 := intParts(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	if xb == nil && yb == nil && !(xs == math.MinInt64 && ys == -1) {
		if ys == 0 {
			return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
		}
		return NewTuple([]Object{MakeInt(floorDiv64(xs, ys)), MakeInt(floorMod64(xs, ys))}), nil
	}
	x, y := toBig(a), toBig(b)
	if y.Sign() == 0 {
		return nil, Errorf(ZeroDivisionError, "integer division or modulo by zero")
	}
	q, r := bigDivMod(x, y)
	return NewTuple([]Object{bigResult(q), bigResult(r)}), nil
}

// Pow3 returns pow(a, b, m) with CPython's semantics: all three must be
// ints; a negative exponent uses the modular inverse.
func Pow3(t *Thread, a, b, m Object) (Object, error) {
	if !isIntLike(a) || !isIntLike(b) || !isIntLike(m) {
		return nil, Errorf(TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	mod := toBig(m)
	if mod.Sign() == 0 {
		return nil, Errorf(ValueError, "pow() 3rd argument cannot be 0")
	}
	base := new(big.Int).Set(toBig(a))
	exp := new(big.Int).Set(toBig(b))
	absMod := new(big.Int).Abs(mod)
	if exp.Sign() < 0 {
		base.Mod(base, absMod)
		inv := new(big.Int).ModInverse(base, absMod)
		if inv == nil {
			return nil, Errorf(ValueError, "base is not invertible for the given modulus")
		}
		base = inv
		exp.Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, absMod)
	if absMod.Cmp(bigOne) == 0 {
		r.SetInt64(0)
	}
	// Exp gives a result in [0, |m|); Python's result has m's sign.
	if mod.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, mod)
	}
	return bigResult(r), nil
}

// --- comparison and hashing ---

// cmpResult turns a three-way comparison into the bool for op.
func cmpResult(c int, op CompareOp) Object {
	var r bool
	switch op {
	case OpEq:
		r = c == 0
	case OpNe:
		r = c != 0
	case OpLt:
		r = c < 0
	case OpLe:
		r = c <= 0
	case OpGt:
		r = c > 0
	case OpGe:
		r = c >= 0
	}
	return Bool(r)
}

// intCompare compares two int operands.
func intCompare(a, b Object) int {
	xs, xb, _ := intParts(a)
	ys, yb, _ := intParts(b)
	if xb == nil && yb == nil {
		switch {
		case xs < ys:
			return -1
		case xs > ys:
			return 1
		}
		return 0
	}
	if xb == nil {
		return -yb.Sign()
	}
	if yb == nil {
		return xb.Sign()
	}
	return xb.Cmp(yb)
}

// int_richcompare is the RichCompare slot of int and bool.
func int_richcompare(t *Thread, a, b Object, op CompareOp) (Object, error) {
	if isIntLike(a) && isIntLike(b) {
		if x, ok := a.(Int); ok {
			if y, ok := b.(Int); ok {
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
			}
		}
		return cmpResult(intCompare(a, b), op), nil
	}
	return NotImplemented, nil
}

// hashInt64 is CPython's hash of a small int.
func hashInt64(n int64) int64 {
	u := absU64(n) % hashModulus
	h := int64(u)
	if n < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

// hashBig is CPython's hash of a big int.
func hashBig(x *big.Int) int64 {
	r := new(big.Int).Abs(x)
	r.Mod(r, bigHashModulus)
	h := r.Int64()
	if x.Sign() < 0 {
		h = -h
	}
	if h == -1 {
		h = -2
	}
	return h
}

func int_hash(t *Thread, o Object) (int64, error) {
	s, b, _ := intParts(o)
	if b != nil {
		return hashBig(b), nil
	}
	return hashInt64(s), nil
}

// --- conversion to text ---

// intToString returns the decimal text of an int operand, enforcing
// CPython's 4300-digit limit.
func intToString(o Object) (string, error) {
	s, b, _ := intParts(o)
	if b == nil {
		return strconv.FormatInt(s, 10), nil
	}
	// 14284 bits is just under 4300 decimal digits.
	if b.BitLen() > 14284 {
		str := b.String()
		n := len(str)
		if b.Sign() < 0 {
			n--
		}
		if n > maxStrDigits {
			return "", Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits)
		}
		return str, nil
	}
	return b.String(), nil
}

func int_repr(t *Thread, o Object) (Object, error) {
	if i, ok := o.(Int); ok && i >= smallIntMin && i <= smallIntMax {
		return smallIntStrs[i-smallIntMin], nil
	}
	s, err := intToString(o)
	if err != nil {
		return nil, err
	}
	return NewStr(s), nil
}

func int_bool(t *Thread, o Object) (bool, error) {
	s, b, _ := intParts(o)
	if b != nil {
		return true, nil
	}
	return s != 0, nil
}

// --- unary slots ---

func int_neg(t *Thread, o Object) (Object, error) {
	s, b, _ := intParts(o)
	if b != nil {
		return bigResult(new(big.Int).Neg(b)), nil
	}
	if s == math.MinInt64 {
		return bigResult(new(big.Int).Neg(big.NewInt(s))), nil
	}
	return MakeInt(-s), nil
}

func int_pos(t *Thread, o Object) (Object, error) {
	return indexValue(t, o)
}

func int_invert(t *Thread, o Object) (Object, error) {
	s, b, _ := intParts(o)
	if b != nil {
		return bigResult(new(big.Int).Not(b)), nil
	}
	return MakeInt(^s), nil
}

func int_abs(t *Thread, o Object) (Object, error) {
	s, b, _ := intParts(o)
	if b != nil {
		return bigResult(new(big.Int).Abs(b)), nil
	}
	if s < 0 {
		return int_neg(t, o)
	}
	return MakeInt(s), nil
}

func int_float(t *Thread, o Object) (Object, error) {
	f, err := ToFloat(t, o)
	if err != nil {
		return nil, err
	}
	return Float(f), nil
}

// --- parsing ---

// isPySpace reports whether r is whitespace for str.split/strip and the
// number parsers (CPython's Py_UNICODE_ISSPACE).
func isPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// trimPySpace strips Python whitespace from both ends of s.
func trimPySpace(s string) string {
	return strings.TrimFunc(s, isPySpace)
}

// digitValue returns the value of a decimal digit (any Unicode Nd
// character), or -1.
func digitValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Nd characters come in contiguous runs 0..9: find the run start.
	z := r
	for z > 0 && unicode.Is(unicode.Nd, z-1) && r-z < 9 {
		z--
	}
	return int(r-z) % 10
}

// parseIntString parses the text of int(s, base) (base 0 or 2..36); ok is
// false when the text is not a valid literal. err reports the digit limit.
func parseIntString(s string, base int) (Object, bool, error) {
	s = trimPySpace(s)
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "" {
		return nil, false, nil
	}
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		if (p == 'x' && (base == 16 || base == 0)) || (p == 'o' && (base == 8 || base == 0)) || (p == 'b' && (base == 2 || base == 0)) {
			switch p {
			case 'x':
				base = 16
			case 'o':
				base = 8
			case 'b':
				base = 2
			}
			s = s[2:]
			prefixed = true
			if s == "" {
				return nil, false, nil
			}
		}
	}
	if base == 0 {
		// Decimal; a nonzero literal must not start with 0.
		base = 10
		if s[0] == '0' {
			for i := 0; i < len(s); i++ {
				if s[i] != '0' && s[i] != '_' {
					return nil, false, nil
				}
			}
		}
	}
	// Validate underscores and collect the digits.
	var digits []byte
	var fast int64
	fastOK := true
	prevUnderscore := false // a leading '_' is only allowed after a prefix
	for i, r := range s {
		if r == '_' {
			if prevUnderscore || (i == 0 && !prefixed) {
				return nil, false, nil
			}
			prevUnderscore = true
			continue
		}
		prevUnderscore = false
		var d int
		switch {
		case r >= '0' && r <= '9':
			d = int(r - '0')
		case r >= 'a' && r <= 'z':
			d = int(r-'a') + 10
		case r >= 'A' && r <= 'Z':
			d = int(r-'A') + 10
		default:
			d = digitValue(r)
			if d < 0 {
				return nil, false, nil
			}
		}
		if d >= base {
			return nil, false, nil
		}
		digits = append(digits, "0123456789abcdefghijklmnopqrstuvwxyz"[d])
		if fastOK {
			if fast > (math.MaxInt64-int64(d))/int64(base) {
				fastOK = false
			} else {
				fast = fast*int64(base) + int64(d)
			}
		}
	}
	if prevUnderscore || len(digits) == 0 {
		return nil, false, nil
	}
	if fastOK {
		if neg {
			fast = -fast
		}
		return MakeInt(fast), true, nil
	}
	if base&(base-1) != 0 && len(digits) > maxStrDigits {
		return nil, true, Errorf(ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxStrDigits, len(digits))
	}
	v, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return nil, false, nil
	}
	if neg {
		v.Neg(v)
	}
	return bigResult(v), true, nil
}

// floatToInt truncates f to an int: OverflowError for infinities,
// ValueError for NaN.
func floatToInt(f float64) (Object, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueError, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if f >= -(1<<63) && f < 1<<63 {
		return MakeInt(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return bigResult(b), nil
}

// int_new implements int(x=0, /, base=10).
func int_new(t *Thread, cls *Type, args []Object, kwnames []string) (Object, error) {
	var p [2]Object
	if err := scalarArgs("int", args, kwnames, []string{"", "base"}, 0, p[:]); err != nil {
		return nil, err
	}
	if cls != IntType && cls != nil {
		r, err := int_new(t, IntType, args, kwnames)
		if err != nil {
			return nil, err
		}
		return &IntSub{V: r, Class: cls}, nil
	}
	x, baseObj := p[0], p[1]
	if x == nil {
		if baseObj != nil {
			return nil, Errorf(TypeError, "int() missing string argument")
		}
		return MakeInt(0), nil
	}
	if baseObj == nil {
		return intFromObject(t, x)
	}
	base, err := AsIndex(t, baseObj)
	if err != nil {
		return nil, err
	}
	if base != 0 && (base < 2 || base > 36) {
		return nil, Errorf(ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	var text string
	switch v := x.(type) {
	case *Str:
		text = v.S
	case *Bytes:
		text = string(v.B)
	default:
		return nil, Errorf(TypeError, "int() can't convert non-string with explicit base")
	}
	return intFromText(x, text, base)
}

// intFromText parses text for int(x, base), raising CPython's ValueError
// (which quotes the original argument x).
func intFromText(x Object, text string, base int) (Object, error) {
	r, ok, err := parseIntString(text, base)
	if err != nil {
		return nil, err
	}
	if !ok {
		var rep string
		switch v := x.(type) {
		case *Str:
			rep = strRepr(v.S)
		case *Bytes:
			rep = bytesRepr(v.B)
		}
		return nil, Errorf(ValueError, "invalid literal for int() with base %d: %s", base, rep)
	}
	return r, nil
}

// intFromObject implements int(x) for one argument.
func intFromObject(t *Thread, x Object) (Object, error) {
	switch v := x.(type) {
	case Int, *BigInt:
		return x, nil
	case Bool:
		return indexValue(t, v)
	case *IntSub:
		return v.V, nil
	case *FloatSub:
		return floatToInt(v.V)
	case Float:
		return floatToInt(float64(v))
	case *Str:
		return intFromText(x, v.S, 10)
	case *Bytes:
		return intFromText(x, string(v.B), 10)
	}
	typ := x.Type()
	if typ.Int != nil {
		r, err := typ.Int(t, x)
		if err != nil {
			return nil, err
		}
		if !isIntLike(r) {
			return nil, Errorf(TypeError, "__int__ returned non-int (type %s)", TypeName(r))
		}
		return indexValue(t, r)
	}
	if typ.Index != nil {
		return indexValue(t, x)
	}
	if fn, err := GetAttr(t, x, "__trunc__"); err == nil {
		r, err := t.Call(fn, nil, nil)
		if err != nil {
			return nil, err
		}
		return indexValue(t, r)
	}
	return nil, Errorf(TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", typ.Name)
}

// --- methods ---

func int_bit_length(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("int.bit_length", args, kwnames); err != nil {
		return nil, err
	}
	s, b, _ := intParts(args[0])
	if b != nil {
		return MakeInt(int64(b.BitLen())), nil
	}
	return MakeInt(int64(bits.Len64(absU64(s)))), nil
}

func int_bit_count(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("int.bit_count", args, kwnames); err != nil {
		return nil, err
	}
	s, b, _ := intParts(args[0])
	if b != nil {
		n := 0
		for _, w := range new(big.Int).Abs(b).Bits() {
			n += bits.OnesCount(uint(w))
		}
		return MakeInt(int64(n)), nil
	}
	return MakeInt(int64(bits.OnesCount64(absU64(s)))), nil
}

func int_conjugate(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("int.conjugate", args, kwnames); err != nil {
		return nil, err
	}
	return indexValue(t, args[0])
}

func int_index(t *Thread, args []Object, kwnames []string) (Object, error) {
	if err := scalarNoArgs("int.__index__", args, kwnames); err != nil {
		return nil, err
	}
	return indexValue(t, args[0])
}

// byteOrder validates the byteorder argument of to_bytes/from_bytes.
func byteOrder(o Object) (little bool, err error) {
	if o == nil {
		return false, nil
	}
	s, ok := o.(*Str)
	if !ok {
		return false, Errorf(TypeError, "to_bytes() argument 'byteorder' must be str, not %s", TypeName(o))
	}
	switch s.S {
	case "big":
		return false, nil
	case "little":
		return true, nil
	}
	return false, Errorf(ValueError, "byteorder must be either 'little' or 'big'")
}

// int_to_bytes implements int.to_bytes(length=1, byteorder='big', *, signed=False).
func int_to_bytes(t *Thread, args []Object, kwnames []string) (Object, error) {
	var p [3]Object
	if err := scalarArgs("to_bytes", args[1:], kwnames, []string{"length", "byteorder", "*signed"}, 0, p[:]); err != nil {
		return nil, err
	}
	length := 1
	if p[0] != nil {
		n, err := AsIndex(t, p[0])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Errorf(ValueError, "length argument must be non-negative")
		}
		if err := checkAlloc(n, 1); err != nil {
			return nil, err
		}
		length = n
	}
	little, err := byteOrder(p[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if p[2] != nil {
		if signed, err = Truthy(t, p[2]); err != nil {
			return nil, err
		}
	}
	x := toBig(args[0])
	if x.Sign() < 0 && !signed {
		return nil, Errorf(OverflowError, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(x)
	if signed {
		limit := new(big.Int).Lsh(bigOne, uint(8*length))
		half := new(big.Int).Rsh(limit, 1)
		if v.Cmp(half) >= 0 || v.Cmp(new(big.Int).Neg(half)) < 0 {
			return nil, Errorf(OverflowError, "int too big to convert")
		}
		if v.Sign() < 0 {
			v.Add(v, limit)
		}
	} else if v.BitLen() > 8*length {
		return nil, Errorf(OverflowError, "int too big to convert")
	}
	buf := make([]byte, length)
	v.FillBytes(buf)
	if little {
		for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
			buf[i], buf[j] = buf[j], buf[i]
		}
	}
	return &Bytes{B: buf}, nil
}

// int_from_bytes implements the classmethod int.from_bytes(bytes,
// byteorder='big', *, signed=False); args[0] is the class.
func int_from_bytes(t *Thread, args []Object, kwnames []string) (Object, error) {
	var p [3]Object
	rest := args
	if len(rest) > 0 {
		if _, isType := rest[0].(*Type); isType {
			rest = rest[1:]
		}
	}
	if err := scalarArgs("from_bytes", rest, kwnames, []string{"bytes", "byteorder", "*signed"}, 1, p[:]); err != nil {
		return nil, err
	}
	data, err := bytesOf(t, p[0])
	if err != nil {
		return nil, err
	}
	little, err := byteOrder(p[1])
	if err != nil {
		return nil, err
	}
	signed := false
	if p[2] != nil {
		if signed, err = Truthy(t, p[2]); err != nil {
			return nil, err
		}
	}
	buf := data
	if little {
		buf = make([]byte, len(data))
		for i, c := range data {
			buf[len(data)-1-i] = c
		}
	}
	v := new(big.Int).SetBytes(buf)
	if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(bigOne, uint(8*len(buf))))
	}
	return bigResult(v), nil
}

// int_round implements int.__round__(ndigits=None).
func int_round(t *Thread, args []Object, kwnames []string) (Object, error) {
	var p [1]Object
	if err := scalarArgs("__round__", args[1:], kwnames, []string{""}, 0, p[:]); err != nil {
		return nil, err
	}
	return Round(t, args[0], p[0])
}

// int_self implements __trunc__, __floor__ and __ceil__ of int.
func int_self(t *Thread, args []Object, kwnames []string) (Object, error) {
	return indexValue(t, args[0])
}

// int_format implements int.__format__(spec).
func int_format(t *Thread, args []Object, kwnames []string) (Object, error) {
	spec, err := formatSpecArg(args, kwnames)
	if err != nil {
		return nil, err
	}
	return formatBuiltin(t, args[0], spec)
}

// intRound rounds x to a multiple of 10**-ndigits (ndigits < 0), half to even.
func intRound(x Object, ndigits int) Object {
	if ndigits >= 0 {
		return x
	}
	if -ndigits > 100000 {
		return MakeInt(0)
	}
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-ndigits)), nil)
	q, r := bigDivMod(toBig(x), pow)
	// Compare 2r with pow: round up when greater, or equal and q odd.
	twice := new(big.Int).Lsh(r, 1)
	c := twice.Cmp(pow)
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	return bigResult(q.Mul(q, pow))
}

// Round implements round(x, ndigits) for ints, bools and floats, and calls
// __round__ for other types. ndigits is nil (or None) when omitted.
func Round(t *Thread, x, ndigits Object) (Object, error) {
	if ndigits == None {
		ndigits = nil
	}
	switch x.(type) {
	case Int, *BigInt, Bool, *IntSub:
		if ndigits == nil {
			return indexValue(t, x)
		}
		nd, err := indexValue(t, ndigits)
		if err != nil {
			return nil, err
		}
		n, ok := AsInt64(nd)
		if !ok {
			if toBig(nd).Sign() > 0 {
				return indexValue(t, x)
			}
			return MakeInt(0), nil
		}
		if n >= 0 {
			return indexValue(t, x)
		}
		if n < -1<<30 {
			return MakeInt(0), nil
		}
		return intRound(x, int(n)), nil
	case Float, *FloatSub:
		v := floatOf(x)
		if ndigits == nil {
			return floatToInt(math.RoundToEven(v))
		}
		nd, err := indexValue(t, ndigits)
		if err != nil {
			return nil, err
		}
		n, ok := AsInt64(nd)
		if !ok {
			if toBig(nd).Sign() > 0 {
				n = math.MaxInt32
			} else {
				n = math.MinInt32
			}
		}
		r := floatRoundDigits(v, n)
		if math.IsInf(r, 0) && !math.IsInf(v, 0) {
			return nil, Errorf(OverflowError, "rounded value too large to represent")
		}
		return Float(r), nil
	}
	fn, err := GetAttr(t, x, "__round__")
	if err != nil {
		return nil, Errorf(TypeError, "type %s doesn't define __round__ method", TypeName(x))
	}
	if ndigits == nil {
		return t.Call(fn, nil, nil)
	}
	return t.Call(fn, []Object{ndigits}, nil)
}

// --- read-only attributes ---

// GetSetDescrType is the type of the attribute descriptors of builtin
// types (int.real, float.imag, ...).
var GetSetDescrType = &Type{Name: "getset_descriptor", Module: "builtins", IsBuiltin: true, NoSubclass: true}

// A GetSetDescr is a read-only computed attribute of a builtin type.
type GetSetDescr struct {
	Name  string
	Owner *Type
	Get   func(t *Thread, o Object) (Object, error)
}

// Type returns getset_descriptor.
func (*GetSetDescr) Type() *Type { return GetSetDescrType }

// addGetter installs a read-only attribute name on typ.
func addGetter(typ *Type, name string, get func(t *Thread, o Object) (Object, error)) {
	typ.Dict.SetStr(name, &GetSetDescr{Name: name, Owner: typ, Get: get})
}

func init() {
	builtinTypes = append(builtinTypes, GetSetDescrType)
	GetSetDescrType.DescrGet = func(t *Thread, descr, inst Object, owner *Type) (Object, error) {
		if inst == nil {
			return descr, nil
		}
		return descr.(*GetSetDescr).Get(t, inst)
	}
	GetSetDescrType.DescrSet = func(t *Thread, descr, inst, v Object) error {
		d := descr.(*GetSetDescr)
		return Errorf(AttributeError, "attribute '%s' of '%s' objects is not writable", d.Name, d.Owner.Name)
	}
	GetSetDescrType.Repr = func(t *Thread, o Object) (Object, error) {
		d := o.(*GetSetDescr)
		return NewStr("<attribute '" + d.Name + "' of '" + d.Owner.Name + "' objects>"), nil
	}
}

// --- argument helpers shared by the scalar types ---

// scalarNoArgs checks that a method (args[0] is self) got no further arguments.
func scalarNoArgs(name string, args []Object, kwnames []string) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return Errorf(TypeError, "%s() takes no arguments (%d given)", name, len(args)-1)
	}
	return nil
}

// scalarArgs binds positional args and keyword values (named by kwnames, at
// the end of args) to params, storing them in out (nil when absent).
// A parameter named "" is positional-only; a name starting with '*' is
// keyword-only. The first required params must be present.
func scalarArgs(fname string, args []Object, kwnames []string, params []string, required int, out []Object) error {
	npos := len(args) - len(kwnames)
	maxPos := 0
	for _, p := range params {
		if strings.HasPrefix(p, "*") {
			break
		}
		maxPos++
	}
	if npos > maxPos {
		if maxPos == required {
			if maxPos == 0 {
				return Errorf(TypeError, "%s() takes no positional arguments", fname)
			}
			return Errorf(TypeError, "%s() takes exactly %d positional argument%s (%d given)", fname, maxPos, pluralS(maxPos), npos)
		}
		return Errorf(TypeError, "%s() takes at most %d argument%s (%d given)", fname, maxPos, pluralS(maxPos), npos)
	}
	for i := 0; i < npos; i++ {
		out[i] = args[i]
	}
	for k, name := range kwnames {
		found := false
		for i, p := range params {
			if strings.TrimPrefix(p, "*") == name && p != "" {
				if out[i] != nil {
					return Errorf(TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
				}
				out[i] = args[npos+k]
				found = true
				break
			}
		}
		if !found {
			return Errorf(TypeError, "'%s' is an invalid keyword argument for %s()", name, fname)
		}
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			if params[i] == "" {
				return Errorf(TypeError, "%s() takes at least %d argument%s (%d given)", fname, required, pluralS(required), npos)
			}
			return Errorf(TypeError, "%s() missing required argument '%s' (pos %d)", fname, params[i], i+1)
		}
	}
	return nil
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// scalarPosArgs checks a method with only positional parameters: between min and
// max arguments after self (CPython's "expected at most" wording).
func scalarPosArgs(fname string, args []Object, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return Errorf(TypeError, "%s() takes no keyword arguments", fname)
	}
	n := len(args) - 1
	if n < min {
		if min == 1 && max == 1 {
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, n)
		}
		return Errorf(TypeError, "%s expected at least %d argument%s, got %d", fname, min, pluralS(min), n)
	}
	if n > max {
		if max == 0 {
			return Errorf(TypeError, "%s() takes no arguments (%d given)", fname, n)
		}
		if min == 1 && max == 1 {
			return Errorf(TypeError, "%s() takes exactly one argument (%d given)", fname, n)
		}
		return Errorf(TypeError, "%s expected at most %d argument%s, got %d", fname, max, pluralS(max), n)
	}
	return nil
}

func init() {
	for i := range smallInts {
		smallInts[i] = Int(int64(i) + smallIntMin)
		smallIntStrs[i] = newStrASCII(strconv.Itoa(i + smallIntMin))
	}
	// bool's own slots (Repr, New) are set in obj_bool.go.
	for _, typ := range []*Type{IntType, BoolType} {
		typ.Hash = int_hash
		typ.Bool = int_bool
		typ.RichCompare = int_richcompare
		typ.BinaryOp = int_binop
		typ.RBinaryOp = int_rbinop
		typ.Neg = int_neg
		typ.Pos = int_pos
		typ.Invert = int_invert
		typ.Abs = int_abs
		typ.Index = func(t *Thread, o Object) (Object, error) { return indexValue(t, o) }
		typ.Int = func(t *Thread, o Object) (Object, error) { return indexValue(t, o) }
		typ.Float = int_float
	}
	IntType.Doc = "int([x]) -> integer\nint(x, base=10) -> integer"
	IntType.New = int_new
	IntType.Repr = int_repr
	IntType.AddMethod("bit_length", int_bit_length)
	IntType.AddMethod("bit_count", int_bit_count)
	IntType.AddMethod("conjugate", int_conjugate)
	IntType.AddMethod("to_bytes", int_to_bytes)
	IntType.AddMethod("__index__", int_index)
	IntType.AddMethod("__round__", int_round)
	IntType.AddMethod("__trunc__", int_self)
	IntType.AddMethod("__floor__", int_self)
	IntType.AddMethod("__ceil__", int_self)
	IntType.AddMethod("__format__", int_format)
	IntType.Dict.SetStr("from_bytes", &ClassMethod{Func: &Builtin{Name: "from_bytes", Fn: int_from_bytes}})
	self := func(t *Thread, o Object) (Object, error) { return indexValue(t, o) }
	addGetter(IntType, "real", self)
	addGetter(IntType, "numerator", self)
	addGetter(IntType, "imag", func(t *Thread, o Object) (Object, error) { return MakeInt(0), nil })
	addGetter(IntType, "denominator", func(t *Thread, o Object) (Object, error) { return MakeInt(1), nil })
}
