package math

// This file defines gamma and lgamma as CPython computes them (its own
// Lanczos approximation in Modules/mathmodule.c, not the C library's), so
// that results agree to the last bit.

import gomath "math"

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	logPi             = 1.144729885849400174143427351353058711647
)

var lanczosNum = [...]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [...]float64{
	0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
}

// gammaIntegral holds gamma(n) = (n-1)! for n = 1..23, exact in a float64.
var gammaIntegral = [...]float64{
	1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0,
}

// lanczosSum evaluates the Lanczos rational function at x > 0.
func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = num*x + lanczosNum[i]
			den = den*x + lanczosDen[i]
		}
	} else {
		for i := range lanczosNum {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// sinPi returns sin(pi*x) accurately for finite x.
func sinPi(x float64) float64 {
	y := gomath.Mod(gomath.Abs(x), 2.0)
	var r float64
	switch int(gomath.Round(2.0 * y)) {
	case 0:
		r = crSin(gomath.Pi * y)
	case 1:
		r = crCos(gomath.Pi * (y - 0.5))
	case 2:
		r = crSin(gomath.Pi * (1.0 - y))
	case 3:
		r = -crCos(gomath.Pi * (y - 1.5))
	default:
		r = crSin(gomath.Pi * (y - 2.0))
	}
	return gomath.Copysign(1.0, x) * r
}

// tgamma is CPython's m_tgamma.
func tgamma(x float64) (float64, error) {
	if gomath.IsInf(x, 0) || gomath.IsNaN(x) {
		if gomath.IsNaN(x) || x > 0 {
			return x, nil
		}
		return 0, domainError()
	}
	if x == 0 {
		return 0, domainError()
	}
	if x == gomath.Floor(x) {
		if x < 0 {
			return 0, domainError()
		}
		if x <= float64(len(gammaIntegral)) {
			return gammaIntegral[int(x)-1], nil
		}
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if gomath.IsInf(r, 0) {
			return 0, rangeError()
		}
		return r, nil
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / sinPi(x), nil
		}
		return 0, rangeError()
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = z * lanczosG / y
	var r float64
	if x < 0 {
		r = -gomath.Pi / sinPi(absx) / absx * crExp(y) / lanczosSum(absx)
		r -= z * r
		if absx < 140.0 {
			r /= accuratePow(y, absx-0.5)
		} else {
			sqrtpow := accuratePow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / crExp(y)
		r += z * r
		if absx < 140.0 {
			r *= accuratePow(y, absx-0.5)
		} else {
			sqrtpow := accuratePow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}

// lgamma is CPython's m_lgamma.
func lgamma(x float64) (float64, error) {
	if gomath.IsNaN(x) {
		return x, nil
	}
	if gomath.IsInf(x, 0) {
		return gomath.Inf(1), nil
	}
	if x == gomath.Floor(x) && x <= 2.0 {
		if x <= 0.0 {
			return 0, domainError()
		}
		return 0.0, nil
	}
	absx := gomath.Abs(x)
	if absx < 1e-20 {
		return -crLog(absx), nil
	}
	r := crLog(lanczosSum(absx)) - lanczosG
	r += (absx - 0.5) * (crLog(absx+lanczosG-0.5) - 1)
	if x < 0.0 {
		r = logPi - crLog(gomath.Abs(sinPi(absx))) - crLog(absx) - r
	}
	if gomath.IsInf(r, 0) {
		return 0, rangeError()
	}
	return r, nil
}
