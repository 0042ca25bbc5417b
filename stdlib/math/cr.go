package math

// This file defines correctly rounded elementary functions (exp, log, pow,
// the trigonometric and hyperbolic functions and their inverses).
//
// CPython calls the C library, and glibc's implementations of these
// functions return the correctly rounded result in all but astronomically
// rare cases. Go's math package is faster but often off by an ulp (about
// 10% of exp results and 25% of sin results differ from glibc's), which
// shows in printed output. So each function here evaluates in big.Float
// with crPrec bits (more where the formula cancels) and rounds once.
// Special values (NaN, infinities, zeros, tiny arguments) are handled
// before the big.Float code runs.

import (
	gomath "math"
	"math/big"
	"sync"
)

// crPrec is the working precision: 75 bits beyond float64's, so a result
// rounds wrongly only if the true value lies within 2**-128 (relative) of a
// rounding boundary.
const crPrec = 128

// newF returns a big.Float of precision prec holding x (finite).
func newF(prec uint, x float64) *big.Float {
	return new(big.Float).SetPrec(prec).SetFloat64(x)
}

// round returns z rounded to the nearest float64.
func round(z *big.Float) float64 {
	f, _ := z.Float64()
	return f
}

// Constants, computed once at high precision.
var (
	constOnce sync.Once
	bigLn2    *big.Float // ln 2 to 320 bits
	bigPi     *big.Float // pi to piPrec bits
)

// piPrec suffices to reduce any float64 argument modulo pi/2 with crPrec
// bits left (float64 exponents go up to 1024).
const piPrec = 1400

func initConsts() {
	constOnce.Do(func() {
		// ln 2 = 2 atanh(1/3).
		third := new(big.Float).SetPrec(320).Quo(newF(320, 1), newF(320, 3))
		bigLn2 = atanhSeries(third, 320)
		bigLn2.Mul(bigLn2, newF(320, 2))
		// Machin: pi = 16 atan(1/5) - 4 atan(1/239).
		a := atanSeries(new(big.Float).SetPrec(piPrec).Quo(newF(piPrec, 1), newF(piPrec, 5)), piPrec)
		b := atanSeries(new(big.Float).SetPrec(piPrec).Quo(newF(piPrec, 1), newF(piPrec, 239)), piPrec)
		a.Mul(a, newF(piPrec, 16))
		b.Mul(b, newF(piPrec, 4))
		bigPi = a.Sub(a, b)
	})
}

// ln2 returns ln 2 at precision prec.
func ln2(prec uint) *big.Float {
	initConsts()
	return new(big.Float).SetPrec(prec).Set(bigLn2)
}

// pi returns pi at precision prec (at most piPrec).
func pi(prec uint) *big.Float {
	initConsts()
	return new(big.Float).SetPrec(prec).Set(bigPi)
}

// negligible reports whether a series term no longer matters at precision
// prec relative to sum.
func negligible(term, sum *big.Float, prec uint) bool {
	if term.Sign() == 0 {
		return true
	}
	if sum.Sign() == 0 {
		return false
	}
	return term.MantExp(nil) < sum.MantExp(nil)-int(prec)-2
}

// atanhSeries returns atanh(s) = s + s^3/3 + s^5/5 + ... for |s| < 1/2.
func atanhSeries(s *big.Float, prec uint) *big.Float {
	return oddPowerSeries(s, prec, false)
}

// atanSeries returns atan(s) = s - s^3/3 + s^5/5 - ... for |s| < 1/2.
func atanSeries(s *big.Float, prec uint) *big.Float {
	return oddPowerSeries(s, prec, true)
}

// oddPowerSeries returns s + s^3/3 + s^5/5 + ... (atanh), or with
// alternating s - s^3/3 + s^5/5 - ... (atan), for |s| < 1/2.
func oddPowerSeries(s *big.Float, prec uint, alternating bool) *big.Float {
	sum := new(big.Float).SetPrec(prec).Set(s)
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	if alternating {
		s2.Neg(s2)
	}
	pow := new(big.Float).SetPrec(prec).Set(s)
	term := new(big.Float).SetPrec(prec)
	for k := int64(3); ; k += 2 {
		pow.Mul(pow, s2)
		term.Quo(pow, new(big.Float).SetPrec(prec).SetInt64(k))
		if negligible(term, sum, prec) {
			return sum
		}
		sum.Add(sum, term)
	}
}

// bigLog returns the natural logarithm of x > 0 at precision prec.
func bigLog(x *big.Float, prec uint) *big.Float {
	m := new(big.Float).SetPrec(prec + 8)
	e := x.MantExp(m) // x = m * 2**e, 0.5 <= m < 1
	if m.Cmp(newF(prec, gomath.Sqrt2/2)) < 0 {
		m.Mul(m, newF(prec, 2))
		e--
	}
	// log m = 2 atanh((m-1)/(m+1)), |(m-1)/(m+1)| <= 0.172.
	one := newF(prec+8, 1)
	num := new(big.Float).SetPrec(prec+8).Sub(m, one)
	den := new(big.Float).SetPrec(prec+8).Add(m, one)
	s := num.Quo(num, den)
	r := atanhSeries(s, prec+8)
	r.Mul(r, newF(prec+8, 2))
	if e != 0 {
		l := ln2(prec + 16)
		l.Mul(l, new(big.Float).SetPrec(prec+16).SetInt64(int64(e)))
		r.SetPrec(prec+16).Add(r, l)
	}
	return r.SetPrec(prec)
}

// bigExp returns e**z at precision prec; |z| must be below about 2**20.
func bigExp(z *big.Float, prec uint) *big.Float {
	wp := prec + 24
	// z = k ln2 + r, |r| <= ln2/2, then r is scaled down by 2**-16 so the
	// Taylor series converges fast, and squared back.
	l := ln2(wp + 32)
	kf := new(big.Float).SetPrec(wp+32).Quo(z, l)
	kf.Add(kf, big.NewFloat(0.5*float64(kf.Sign())))
	ki, _ := kf.Int64() // the nearest integer to z/ln2
	r := new(big.Float).SetPrec(wp+32).Mul(l, new(big.Float).SetInt64(ki))
	r.Sub(new(big.Float).SetPrec(wp+32).Set(z), r)
	const squarings = 16
	r.SetMantExp(r, -squarings)
	r.SetPrec(wp)
	sum := newF(wp, 1)
	term := newF(wp, 1)
	for n := int64(1); ; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetPrec(wp).SetInt64(n))
		if negligible(term, sum, wp) {
			break
		}
		sum.Add(sum, term)
	}
	for i := 0; i < squarings; i++ {
		sum.Mul(sum, sum)
	}
	sum.SetMantExp(sum, int(ki))
	return sum.SetPrec(prec)
}

// expm1Series returns e**z - 1 for |z| < 1 by its Taylor series, accurate
// relative to the (small) result.
func expm1Series(z *big.Float, prec uint) *big.Float {
	sum := new(big.Float).SetPrec(prec).Set(z)
	term := new(big.Float).SetPrec(prec).Set(z)
	for n := int64(2); ; n++ {
		term.Mul(term, z)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(n))
		if negligible(term, sum, prec) {
			return sum
		}
		sum.Add(sum, term)
	}
}

// sinCosReduced returns sin r and cos r for |r| <= pi/4 + small.
func sinCosReduced(r *big.Float, prec uint) (sin, cos *big.Float) {
	r2 := new(big.Float).SetPrec(prec).Mul(r, r)
	r2.Neg(r2)
	sin = new(big.Float).SetPrec(prec).Set(r)
	term := new(big.Float).SetPrec(prec).Set(r)
	for n := int64(2); ; n += 2 {
		term.Mul(term, r2)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(n*(n+1)))
		if negligible(term, sin, prec) {
			break
		}
		sin.Add(sin, term)
	}
	cos = newF(prec, 1)
	term = newF(prec, 1)
	for n := int64(1); ; n += 2 {
		term.Mul(term, r2)
		term.Quo(term, new(big.Float).SetPrec(prec).SetInt64(n*(n+1)))
		if negligible(term, cos, prec) {
			break
		}
		cos.Add(cos, term)
	}
	return sin, cos
}

// sinCos returns sin x and cos x for finite x at precision prec.
func sinCos(x float64, prec uint) (sin, cos *big.Float) {
	if gomath.Abs(x) <= 0.78 {
		return sinCosReduced(newF(prec, x), prec)
	}
	// x = k pi/2 + r with |r| <= pi/4; pi carries enough bits for the
	// exponent of x plus the working precision.
	_, e := gomath.Frexp(x)
	wp := prec + uint(max(e, 0)) + 16
	halfPi := pi(wp)
	halfPi.SetMantExp(halfPi, -1)
	bx := newF(wp, x)
	q := new(big.Float).SetPrec(wp).Quo(bx, halfPi)
	// k = nearest integer to q.
	q.Add(q, big.NewFloat(0.5*float64(q.Sign())))
	k, _ := q.Int(nil)
	kf := new(big.Float).SetPrec(wp).SetInt(k)
	r := kf.Mul(kf, halfPi)
	r.Sub(bx, r)
	r.SetPrec(prec)
	s, c := sinCosReduced(r, prec)
	switch new(big.Int).And(k, big.NewInt(3)).Int64() {
	case 0:
		return s, c
	case 1:
		return c, s.Neg(s)
	case 2:
		return s.Neg(s), c.Neg(c)
	default:
		return c.Neg(c), s
	}
}

// bigAtan returns atan(x) at precision prec for a finite big x.
func bigAtan(x *big.Float, prec uint) *big.Float {
	wp := prec + 16
	z := new(big.Float).SetPrec(wp).Set(x)
	neg := z.Sign() < 0
	z.Abs(z)
	invert := false
	if z.Cmp(newF(wp, 1)) > 0 {
		z.Quo(newF(wp, 1), z)
		invert = true
	}
	// atan z = 2 atan(z / (1 + sqrt(1 + z^2))), twice: |z| <= tan(pi/16).
	one := newF(wp, 1)
	for i := 0; i < 2; i++ {
		t := new(big.Float).SetPrec(wp).Mul(z, z)
		t.Add(t, one)
		t.Sqrt(t)
		t.Add(t, one)
		z.Quo(z, t)
	}
	r := atanSeries(z, wp)
	r.SetMantExp(r, 2)
	if invert {
		halfPi := pi(wp)
		halfPi.SetMantExp(halfPi, -1)
		r.Sub(halfPi, r)
	}
	if neg {
		r.Neg(r)
	}
	return r.SetPrec(prec)
}

// extraBits returns the additional precision needed when a formula
// cancels down to a result of the size of x (|x| < 1).
func extraBits(x float64) uint {
	_, e := gomath.Frexp(x)
	if e >= 0 {
		return 0
	}
	return uint(-e)
}

// tinyCutoff is where f(x) = x + O(x^3) rounds to x for every odd
// function below.
const tinyCutoff = 0x1p-30

// crExp returns e**x correctly rounded.
func crExp(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case gomath.IsInf(x, -1):
		return 0
	case x > 710:
		return gomath.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	return round(bigExp(newF(crPrec, x), crPrec))
}

// crExp2 returns 2**x correctly rounded.
func crExp2(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case gomath.IsInf(x, -1):
		return 0
	case x > 1025:
		return gomath.Inf(1)
	case x < -1076:
		return 0
	case x == gomath.Trunc(x):
		return gomath.Ldexp(1, int(x))
	}
	z := newF(crPrec+16, x)
	z.Mul(z, ln2(crPrec+16))
	return round(bigExp(z, crPrec))
}

// crExpm1 returns e**x - 1 correctly rounded.
func crExpm1(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case gomath.IsInf(x, -1) || x < -40:
		return -1
	case x > 710:
		return gomath.Inf(1)
	case gomath.Abs(x) < 0x1p-60:
		return x
	case gomath.Abs(x) < 1:
		return round(expm1Series(newF(crPrec, x), crPrec))
	}
	r := bigExp(newF(crPrec, x), crPrec+8)
	return round(r.Sub(r, newF(crPrec, 1)))
}

// crLog returns the natural logarithm of x > 0 correctly rounded (the
// caller handles the domain).
func crLog(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case x == 0:
		return gomath.Inf(-1)
	case x == 1:
		return 0
	}
	return round(bigLog(newF(crPrec, x), crPrec))
}

// crLogBase returns log(x)/log(base) for base 2 or 10, correctly rounded.
func crLogBase(x float64, base float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case x == 0:
		return gomath.Inf(-1)
	}
	if base == 2 {
		if m, e := gomath.Frexp(x); m == 0.5 {
			return float64(e - 1)
		}
	}
	wp := uint(crPrec + 16)
	num := bigLog(newF(wp, x), wp)
	den := bigLog(newF(wp, base), wp)
	return round(num.Quo(num, den))
}

// crLog1p returns log(1+x) correctly rounded, for x > -1.
func crLog1p(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case x == -1:
		return gomath.Inf(-1)
	case gomath.Abs(x) < 0x1p-60:
		return x
	}
	wp := crPrec + extraBits(x) + 64
	z := newF(wp, x)
	z.Add(z, newF(wp, 1)) // exact: wp covers both exponents
	return round(bigLog(z, crPrec+extraBits(x)))
}

// crPow returns x**y correctly rounded for finite x > 0 and finite y, or
// ok=false when the caller should use its own special-case handling.
func crPow(x, y float64) (r float64, ok bool) {
	if !(x > 0) || gomath.IsInf(x, 0) || gomath.IsNaN(y) || gomath.IsInf(y, 0) {
		return 0, false
	}
	if y == 0 || x == 1 {
		return 1, true
	}
	if y == 1 {
		return x, true
	}
	wp := uint(crPrec + 32)
	l := bigLog(newF(wp, x), wp)
	l.Mul(l, newF(wp, y))
	// Outside (-746, 710) the result is 0 or infinite.
	if l.Cmp(newF(wp, 710)) > 0 {
		return gomath.Inf(1), true
	}
	if l.Cmp(newF(wp, -746)) < 0 {
		return 0, true
	}
	return round(bigExp(l, crPrec)), true
}

// accuratePow returns x**y with C's pow semantics for special values and a
// correctly rounded result otherwise.
func accuratePow(x, y float64) float64 {
	if r, ok := crPow(x, y); ok {
		return r
	}
	if x < 0 && !gomath.IsInf(x, 0) && y == gomath.Trunc(y) && !gomath.IsInf(y, 0) {
		r, ok := crPow(-x, y)
		if ok {
			if gomath.Mod(y, 2) != 0 {
				r = -r
			}
			return r
		}
	}
	return gomath.Pow(x, y)
}

// crSin returns sin x correctly rounded.
func crSin(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if gomath.Abs(x) < tinyCutoff {
		return x
	}
	s, _ := sinCos(x, crPrec)
	return round(s)
}

// crCos returns cos x correctly rounded.
func crCos(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if gomath.Abs(x) < 0x1p-60 {
		return 1
	}
	_, c := sinCos(x, crPrec)
	return round(c)
}

// crTan returns tan x correctly rounded.
func crTan(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return gomath.NaN()
	}
	if gomath.Abs(x) < tinyCutoff {
		return x
	}
	s, c := sinCos(x, crPrec+8)
	return round(s.Quo(s, c))
}

// crAtan returns atan x correctly rounded.
func crAtan(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case gomath.IsInf(x, 0):
		return gomath.Copysign(gomath.Pi/2, x)
	case gomath.Abs(x) < tinyCutoff:
		return x
	}
	return round(bigAtan(newF(crPrec, x), crPrec))
}

// crAsin returns asin x correctly rounded for |x| <= 1.
func crAsin(x float64) float64 {
	if gomath.IsNaN(x) || gomath.Abs(x) < tinyCutoff {
		return x
	}
	if gomath.Abs(x) == 1 {
		return gomath.Copysign(round(halfPiBig(crPrec)), x)
	}
	wp := uint(crPrec + 16)
	bx := newF(wp, x)
	t := new(big.Float).SetPrec(wp).Mul(bx, bx)
	t.Sub(newF(wp, 1), t)
	t.Sqrt(t)
	return round(bigAtan(bx.Quo(bx, t), crPrec))
}

// halfPiBig returns pi/2 at precision prec.
func halfPiBig(prec uint) *big.Float {
	p := pi(prec)
	return p.SetMantExp(p, -1)
}

// crAcos returns acos x correctly rounded for |x| <= 1.
func crAcos(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case x == 1:
		return 0
	case x == -1:
		return round(pi(crPrec))
	}
	// acos x = 2 atan(sqrt((1-x)/(1+x))).
	wp := uint(crPrec + 16)
	one := newF(wp, 1)
	num := new(big.Float).SetPrec(wp).Sub(one, newF(wp, x))
	den := new(big.Float).SetPrec(wp).Add(one, newF(wp, x))
	num.Quo(num, den)
	num.Sqrt(num)
	r := bigAtan(num, wp)
	return round(r.SetMantExp(r, 1))
}

// crAtan2 returns atan2(y, x) correctly rounded, with C's special cases.
func crAtan2(y, x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsNaN(y) || gomath.IsInf(x, 0) || gomath.IsInf(y, 0) || x == 0 || y == 0 {
		return gomath.Atan2(y, x)
	}
	wp := uint(crPrec + 16)
	q := newF(wp, y)
	q.Quo(q, newF(wp, x))
	r := bigAtan(q, wp)
	if x < 0 {
		p := pi(wp)
		if y > 0 {
			r.Add(r, p)
		} else {
			r.Sub(r, p)
		}
	}
	return round(r)
}

// crSinh returns sinh x correctly rounded.
func crSinh(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < tinyCutoff:
		return x
	case gomath.Abs(x) > 711:
		return gomath.Copysign(gomath.Inf(1), x)
	}
	wp := crPrec + extraBits(x) + 8
	var r *big.Float
	if gomath.Abs(x) < 1 {
		// (e^x - e^-x)/2 = (expm1(x) - expm1(-x))/2, accurate for small x.
		a := expm1Series(newF(wp, x), wp)
		b := expm1Series(newF(wp, -x), wp)
		r = a.Sub(a, b)
	} else {
		a := bigExp(newF(wp, x), wp)
		b := bigExp(newF(wp, -x), wp)
		r = a.Sub(a, b)
	}
	return round(r.SetMantExp(r, -1))
}

// crCosh returns cosh x correctly rounded.
func crCosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case gomath.IsInf(x, 0) || gomath.Abs(x) > 711:
		return gomath.Inf(1)
	case gomath.Abs(x) < 0x1p-60:
		return 1
	}
	a := bigExp(newF(crPrec+8, x), crPrec+8)
	b := bigExp(newF(crPrec+8, -x), crPrec+8)
	a.Add(a, b)
	return round(a.SetMantExp(a, -1))
}

// crTanh returns tanh x correctly rounded.
func crTanh(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.Abs(x) < tinyCutoff:
		return x
	case gomath.IsInf(x, 0) || gomath.Abs(x) > 40:
		return gomath.Copysign(1, x)
	}
	// tanh x = expm1(2x) / (expm1(2x) + 2).
	wp := crPrec + extraBits(x) + 8
	var e *big.Float
	if gomath.Abs(2*x) < 1 {
		e = expm1Series(newF(wp, 2*x), wp)
	} else {
		e = bigExp(newF(wp, 2*x), wp)
		e.Sub(e, newF(wp, 1))
	}
	den := new(big.Float).SetPrec(wp).Add(e, newF(wp, 2))
	return round(e.Quo(e, den))
}

// crAsinh returns asinh x correctly rounded.
func crAsinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) || gomath.Abs(x) < tinyCutoff {
		return x
	}
	// asinh |x| = log(|x| + sqrt(x^2 + 1)); the argument of log is 1 + O(x)
	// for small x, so the precision grows with the cancellation.
	wp := crPrec + 2*extraBits(x) + 16
	ax := newF(wp, gomath.Abs(x))
	t := new(big.Float).SetPrec(wp).Mul(ax, ax)
	t.Add(t, newF(wp, 1))
	t.Sqrt(t)
	t.Add(t, ax)
	r := bigLog(t, crPrec+extraBits(x)+8)
	if x < 0 {
		r.Neg(r)
	}
	return round(r)
}

// crAcosh returns acosh x correctly rounded for x >= 1.
func crAcosh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 1) {
		return x
	}
	if x == 1 {
		return 0
	}
	wp := uint(crPrec + 128)
	bx := newF(wp, x)
	t := new(big.Float).SetPrec(wp).Mul(bx, bx)
	t.Sub(t, newF(wp, 1))
	t.Sqrt(t)
	t.Add(t, bx)
	return round(bigLog(t, crPrec+64))
}

// crAtanh returns atanh x correctly rounded for |x| < 1.
func crAtanh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.Abs(x) < tinyCutoff {
		return x
	}
	// atanh x = log((1+x)/(1-x))/2.
	wp := crPrec + extraBits(x) + 16
	one := newF(wp, 1)
	num := new(big.Float).SetPrec(wp).Add(one, newF(wp, x))
	den := new(big.Float).SetPrec(wp).Sub(one, newF(wp, x))
	num.Quo(num, den)
	r := bigLog(num, wp)
	return round(r.SetMantExp(r, -1))
}
