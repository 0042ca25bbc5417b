package math

// This file defines the functions that glibc still computes with Sun's
// fdlibm algorithms (log10, the hyperbolic functions and their inverses),
// ported here so that results agree with CPython on glibc to the last bit.
// fdlibm's results are not always correctly rounded, so the correctly
// rounded versions of cr.go would differ from CPython in a few percent of
// cases. Go's Expm1 and Log1p are themselves ports of fdlibm's and are used
// as they are; exp and log are the correctly rounded ones, like glibc's.

import gomath "math"

const (
	ln2Hi    = 6.93147180559945286227e-01
	ivln10   = 4.34294481903251816668e-01
	log102Hi = 3.01029995663611771306e-01
	log102Lo = 3.69423907715893078616e-13
	two54    = 1.80143985094819840000e+16
)

// highWord returns the upper 32 bits of x's representation.
func highWord(x float64) int32 { return int32(gomath.Float64bits(x) >> 32) }

// fdLog10 is glibc's __ieee754_log10.
func fdLog10(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 1) {
		return x
	}
	if x == 0 {
		return gomath.Inf(-1)
	}
	hx := highWord(x)
	k := int32(0)
	if hx < 0x00100000 { // subnormal
		k -= 54
		x *= two54
		hx = highWord(x)
	}
	k += (hx >> 20) - 1023
	i := int32((uint32(k) & 0x80000000) >> 31)
	hx = (hx & 0x000fffff) | ((0x3ff - i) << 20)
	y := float64(k + i)
	bits := gomath.Float64bits(x)
	x = gomath.Float64frombits(uint64(uint32(hx))<<32 | bits&0xffffffff)
	z := float64(y*log102Lo) + float64(ivln10*crLog(x))
	return z + float64(y*log102Hi)
}

// fdTanh is fdlibm's tanh.
func fdTanh(x float64) float64 {
	switch {
	case gomath.IsNaN(x):
		return x
	case gomath.IsInf(x, 0):
		return gomath.Copysign(1, x)
	}
	ax := gomath.Abs(x)
	var z float64
	switch {
	case ax < 22:
		if x == 0 {
			return x
		}
		if ax < 0x1p-55 {
			return x * (1 + x)
		}
		if ax >= 1 {
			t := gomath.Expm1(2 * ax)
			z = 1 - 2/(t+2)
		} else {
			t := gomath.Expm1(-2 * ax)
			z = -t / (t + 2)
		}
	default:
		z = 1
	}
	return gomath.Copysign(z, x)
}

// fdSinh is fdlibm's sinh.
func fdSinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	h := 0.5
	if x < 0 {
		h = -h
	}
	ax := gomath.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := gomath.Expm1(ax)
		if ax < 1 {
			return h * (2.0*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.78271289338397: // log(DBL_MAX)
		return h * crExp(ax)
	case ax <= 710.4758600739439: // overflow threshold
		w := crExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return gomath.Copysign(gomath.Inf(1), x)
}

// fdCosh is fdlibm's cosh.
func fdCosh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	ax := gomath.Abs(x)
	switch {
	case ax < 0.5*ln2Hi:
		if ax < 0x1p-55 {
			return 1
		}
		t := gomath.Expm1(ax)
		w := 1 + t
		return 1 + (t*t)/(w+w)
	case ax < 22:
		t := crExp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.78271289338397:
		return 0.5 * crExp(ax)
	case ax <= 710.4758600739439:
		w := crExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return gomath.Inf(1)
}

// fdAsinh is fdlibm's asinh.
func fdAsinh(x float64) float64 {
	if gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x
	}
	ax := gomath.Abs(x)
	var w float64
	switch {
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = crLog(ax) + ln2Hi
	case ax > 2:
		w = crLog(2*ax + 1/(gomath.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = gomath.Log1p(ax + t/(1+gomath.Sqrt(1+t)))
	}
	return gomath.Copysign(w, x)
}

// fdAcosh is fdlibm's acosh, for x >= 1.
func fdAcosh(x float64) float64 {
	switch {
	case gomath.IsNaN(x) || gomath.IsInf(x, 1):
		return x
	case x >= 0x1p28:
		return crLog(x) + ln2Hi
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return crLog(2*x - 1/(x+gomath.Sqrt(t-1)))
	}
	t := x - 1
	return gomath.Log1p(t + gomath.Sqrt(2*t+t*t))
}

// fdAtanh is fdlibm's atanh, for |x| < 1.
func fdAtanh(x float64) float64 {
	if gomath.IsNaN(x) {
		return x
	}
	ax := gomath.Abs(x)
	if ax < 0x1p-28 {
		return x
	}
	var t float64
	if ax < 0.5 {
		t = ax + ax
		t = 0.5 * gomath.Log1p(t+t*ax/(1-ax))
	} else {
		t = 0.5 * gomath.Log1p((ax+ax)/(1-ax))
	}
	return gomath.Copysign(t, x)
}

// cbrtFactor holds 2**(k/3) for k = -2..2, the reciprocals divided in
// float64 arithmetic as C does (Go would fold exact constants).
var (
	cbrt2      = 1.2599210498948731648
	sqrCbrt2   = 1.5874010519681994748
	cbrtFactor = [5]float64{1.0 / sqrCbrt2, 1.0 / cbrt2, 1.0, cbrt2, sqrCbrt2}
)

// glibcCbrt is glibc's cbrt: a polynomial first guess refined by one
// Halley step (it is not correctly rounded: cbrt(27) is 3.0000000000000004).
func glibcCbrt(x float64) float64 {
	if x == 0 || gomath.IsNaN(x) || gomath.IsInf(x, 0) {
		return x + x
	}
	xm, xe := gomath.Frexp(gomath.Abs(x))
	u := 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 + ((-1.83469277483613086 + (0.784932344976639262-0.145263899385486377*xm)*xm) * xm)) * xm)) * xm)) * xm)
	t2 := u * u * u
	ym := u * (t2 + 2.0*xm) / (2.0*t2 + xm) * cbrtFactor[2+xe%3]
	if x < 0 {
		ym = -ym
	}
	return gomath.Ldexp(ym, xe/3)
}
