package vm

// This file defines the conversion of floats to text exactly as CPython's
// Python/pystrtod.c does: repr (the shortest string that round-trips, with
// CPython's switch to exponent notation at 1e16 and 1e-4), and the bodies of
// the 'e', 'f', 'g', '%' and default presentation types of format specs.
//
// Go's strconv produces the digits (shortest or correctly rounded to a
// precision, exactly as David Gay's dtoa used by CPython); the functions
// here only lay them out.

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// floatDigits returns the decimal digits of a finite f >= 0 and the
// position of the decimal point: f = 0.D1D2D3... * 10**decpt. prec < 0
// asks for the shortest digits that round-trip; prec >= 1 for exactly prec
// significant digits, correctly rounded. Zero yields ("0", 1).
func floatDigits(f float64, prec int) (digits string, decpt int) {
	var buf [40]byte
	var b []byte
	if prec < 0 {
		b = strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	} else {
		b = strconv.AppendFloat(buf[:0], f, 'e', prec-1, 64)
	}
	// b is "d[.ddd]e±XX".
	e := strings.IndexByte(string(b), 'e')
	exp, _ := strconv.Atoi(string(b[e+1:]))
	mant := b[:e]
	var d []byte
	d = append(d, mant[0])
	if len(mant) > 2 {
		d = append(d, mant[2:]...)
	}
	return string(d), exp + 1
}

// appendExponent appends CPython's exponent suffix: e, sign, at least two
// digits.
func appendExponent(b []byte, exp int, e byte) []byte {
	b = append(b, e)
	if exp < 0 {
		b = append(b, '-')
		exp = -exp
	} else {
		b = append(b, '+')
	}
	if exp < 10 {
		b = append(b, '0')
	}
	return strconv.AppendInt(b, int64(exp), 10)
}

// layoutSci lays out digits (at least one) in exponent notation d.ddde±XX;
// dot forces a decimal point even with a single digit.
func layoutSci(digits string, decpt int, dot bool, e byte) string {
	b := make([]byte, 0, len(digits)+8)
	b = append(b, digits[0])
	if len(digits) > 1 || dot {
		b = append(b, '.')
		b = append(b, digits[1:]...)
	}
	return string(appendExponent(b, decpt-1, e))
}

// layoutFixed lays out digits in positional notation with at least
// minFrac digits after the point (padding with zeros); the point is
// written when there are fraction digits or dot is true.
func layoutFixed(digits string, decpt int, minFrac int, dot bool) string {
	var b strings.Builder
	b.Grow(len(digits) + 8)
	frac := 0
	switch {
	case decpt <= 0:
		b.WriteString("0.")
		for i := 0; i < -decpt; i++ {
			b.WriteByte('0')
		}
		b.WriteString(digits)
		frac = -decpt + len(digits)
	case decpt >= len(digits):
		b.WriteString(digits)
		for i := len(digits); i < decpt; i++ {
			b.WriteByte('0')
		}
		if minFrac > 0 || dot {
			b.WriteByte('.')
		}
	default:
		b.WriteString(digits[:decpt])
		b.WriteByte('.')
		b.WriteString(digits[decpt:])
		frac = len(digits) - decpt
	}
	for ; frac < minFrac; frac++ {
		b.WriteByte('0')
	}
	return b.String()
}

// floatRepr returns repr(f), e.g. "0.1", "1e+16", "1e-05", "-0.0", "inf".
func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(f) {
		sign = "-"
		f = -f
	}
	if f == 0 {
		return sign + "0.0"
	}
	// Fast path for small integral values, the most common floats.
	if f < 1e15 && f == math.Trunc(f) {
		return sign + strconv.FormatInt(int64(f), 10) + ".0"
	}
	digits, decpt := floatDigits(f, -1)
	if decpt <= -4 || decpt > 16 {
		return sign + layoutSci(digits, decpt, false, 'e')
	}
	return sign + layoutFixed(digits, decpt, 1, true)
}

// floatBody formats a non-negative (or NaN) float for a format spec
// presentation type: 'e', 'E', 'f', 'F', 'g', 'G', '%', 'n' or 0 for none.
// prec < 0 means no precision was given. alt is the '#' flag. The result
// has no sign; upper-case types also upper-case inf and nan.
func floatBody(f float64, typ byte, prec int, alt bool) string {
	upper := typ == 'E' || typ == 'F' || typ == 'G'
	if math.IsNaN(f) || math.IsInf(f, 0) {
		s := "inf"
		if math.IsNaN(f) {
			s = "nan"
		}
		if upper {
			s = strings.ToUpper(s)
		}
		if typ == '%' {
			s += "%"
		}
		return s
	}
	var s string
	switch typ {
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		digits, decpt := floatDigits(f, prec+1)
		if f == 0 {
			decpt = 1
			digits = strings.Repeat("0", prec+1)
		}
		s = layoutSci(digits, decpt, alt, 'e')
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if typ == '%' {
			f *= 100
		}
		s = strconv.FormatFloat(f, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		if typ == '%' {
			s += "%"
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		} else if prec == 0 {
			prec = 1
		}
		s = floatGeneral(f, prec, alt, false)
	default: // no presentation type
		if prec < 0 {
			s = floatRepr(f)
			if alt && !strings.Contains(s, ".") {
				if e := strings.IndexByte(s, 'e'); e >= 0 {
					s = s[:e] + "." + s[e:]
				}
			}
		} else {
			if prec == 0 {
				prec = 1
			}
			s = floatGeneral(f, prec, alt, true)
		}
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

// floatGeneral is the 'g' layout with prec significant digits; dot0 is the
// default-type variant (keeps ".0" on integral values and switches to
// exponent notation one digit earlier).
func floatGeneral(f float64, prec int, alt, dot0 bool) string {
	digits, decpt := floatDigits(f, prec)
	if f == 0 {
		digits, decpt = "0", 1
	}
	if !alt {
		digits = strings.TrimRight(digits, "0")
		if digits == "" {
			digits = "0"
		}
	} else if len(digits) < prec {
		digits += strings.Repeat("0", prec-len(digits))
	}
	limit := prec
	if dot0 {
		limit = prec - 1
	}
	if exp := decpt - 1; exp < -4 || exp >= limit {
		return layoutSci(digits, decpt, alt, 'e')
	}
	minFrac := 0
	if alt {
		minFrac = prec - decpt
		if minFrac < 0 {
			minFrac = 0
		}
	}
	if dot0 && minFrac == 0 && len(digits) <= decpt {
		minFrac = 1
	}
	return layoutFixed(digits, decpt, minFrac, alt)
}

// floatRoundDigits implements round(x, ndigits) for a float: the decimal
// rounding is correctly rounded (half to even on the exact binary value),
// so round(2.675, 2) == 2.67 as in CPython.
func floatRoundDigits(x float64, ndigits int64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	if ndigits > 323 {
		return x
	}
	if ndigits < -308 {
		return math.Copysign(0, x)
	}
	if ndigits >= 0 {
		s := strconv.FormatFloat(x, 'f', int(ndigits), 64)
		r, _ := strconv.ParseFloat(s, 64)
		return r
	}
	// Negative ndigits: round to a multiple of 10**-ndigits exactly.
	r := new(big.Rat).SetFloat64(x)
	pow := new(big.Int).Exp(big.NewInt(10), big.NewInt(-ndigits), nil)
	q, rem := bigDivMod(r.Num(), new(big.Int).Mul(r.Denom(), pow))
	// rem/(den*pow) is the fraction in [0, 1): compare 2*rem with den*pow.
	c := new(big.Int).Lsh(rem, 1).Cmp(new(big.Int).Mul(r.Denom(), pow))
	if c > 0 || (c == 0 && q.Bit(0) == 1) {
		q.Add(q, bigOne)
	}
	res, _ := new(big.Float).SetInt(q.Mul(q, pow)).Float64()
	return math.Copysign(res, x)
}
