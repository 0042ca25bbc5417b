package compiler

// This file defines constant folding: turning literal expressions into
// Code constants. Only operations that can never raise are folded
// (negative literals, tuples of constants, small integer and string
// arithmetic), as CPython's AST optimizer does.

import (
	"math"
	"math/big"

	"pyco/parser"
)

// Limits on folded results, so that `2**100000` or `'x'*10**9` stay
// run-time operations (CPython uses similar limits).
const (
	maxFoldBits   = 128
	maxFoldStrLen = 4096
)

// constOf converts a literal to its Code constant.
func constOf(k *parser.Constant) any {
	switch k.Kind {
	case parser.ConstNone:
		return nil
	case parser.ConstTrue:
		return true
	case parser.ConstFalse:
		return false
	case parser.ConstEllipsis:
		return Ellipsis{}
	case parser.ConstInt:
		if k.Int == nil {
			return int64(0)
		}
		return normInt(k.Int)
	case parser.ConstFloat:
		return k.Float
	case parser.ConstImag:
		return complex(0, k.Float)
	case parser.ConstStr:
		return k.Str
	case parser.ConstBytes:
		return Bytes(k.Bytes)
	}
	panic("bad constant kind")
}

// normInt returns i as an int64 when it fits, else as a *big.Int.
func normInt(i *big.Int) any {
	if i.IsInt64() {
		return i.Int64()
	}
	return new(big.Int).Set(i)
}

func toBig(v any) (*big.Int, bool) {
	switch v := v.(type) {
	case int64:
		return big.NewInt(v), true
	case *big.Int:
		return v, true
	}
	return nil, false
}

// constValue returns the constant value of e if e is a literal or a
// foldable expression of literals.
func constValue(e parser.Expr) (any, bool) {
	switch e := e.(type) {
	case *parser.Constant:
		return constOf(e), true
	case *parser.Tuple:
		return constTuple(e.Elts)
	case *parser.UnaryOp:
		v, ok := constValue(e.Operand)
		if !ok {
			return nil, false
		}
		switch e.Op {
		case parser.USub:
			switch v := v.(type) {
			case int64:
				if v != math.MinInt64 {
					return -v, true
				}
				return normInt(new(big.Int).Neg(big.NewInt(v))), true
			case *big.Int:
				return normInt(new(big.Int).Neg(v)), true
			case float64:
				return -v, true
			case complex128:
				return -v, true
			}
		case parser.UAdd:
			switch v.(type) {
			case int64, *big.Int, float64, complex128:
				return v, true
			}
		case parser.Invert:
			switch v := v.(type) {
			case int64:
				return ^v, true
			case *big.Int:
				return normInt(new(big.Int).Not(v)), true
			}
		case parser.Not:
			if t, ok := constTruth(v); ok {
				return !t, true
			}
		}
	case *parser.BinOp:
		l, ok := constValue(e.Left)
		if !ok {
			return nil, false
		}
		r, ok := constValue(e.Right)
		if !ok {
			return nil, false
		}
		return foldBinary(e.Op, l, r)
	}
	return nil, false
}

// foldBinary folds l op r when the operation cannot raise and the result
// is small.
func foldBinary(op parser.Operator, l, r any) (any, bool) {
	if a, ok := toBig(l); ok {
		b, ok := toBig(r)
		if !ok {
			return nil, false
		}
		if a.BitLen() > maxFoldBits || b.BitLen() > maxFoldBits {
			return nil, false
		}
		z := new(big.Int)
		switch op {
		case parser.Add:
			z.Add(a, b)
		case parser.Sub:
			z.Sub(a, b)
		case parser.Mult:
			z.Mul(a, b)
		case parser.BitAnd:
			z.And(a, b)
		case parser.BitOr:
			z.Or(a, b)
		case parser.BitXor:
			z.Xor(a, b)
		case parser.LShift:
			if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())+b.Int64() > maxFoldBits {
				return nil, false
			}
			z.Lsh(a, uint(b.Int64()))
		case parser.RShift:
			if b.Sign() < 0 || !b.IsInt64() {
				return nil, false
			}
			if b.Int64() > maxFoldBits {
				if a.Sign() < 0 {
					return int64(-1), true
				}
				return int64(0), true
			}
			z.Rsh(a, uint(b.Int64()))
		case parser.Pow:
			if b.Sign() < 0 || !b.IsInt64() || int64(a.BitLen())*b.Int64() > maxFoldBits {
				return nil, false
			}
			z.Exp(a, b, nil)
		default:
			return nil, false
		}
		if z.BitLen() > maxFoldBits {
			return nil, false
		}
		return normInt(z), true
	}
	switch a := l.(type) {
	case float64:
		b, ok := r.(float64)
		if !ok {
			return nil, false
		}
		switch op {
		case parser.Add:
			return a + b, true
		case parser.Sub:
			return a - b, true
		case parser.Mult:
			return a * b, true
		}
	case string:
		if b, ok := r.(string); ok && op == parser.Add && len(a)+len(b) <= maxFoldStrLen {
			return a + b, true
		}
	}
	return nil, false
}

// constTuple returns elts as a ConstTuple if they are all constants.
func constTuple(elts []parser.Expr) (any, bool) {
	t := make(ConstTuple, len(elts))
	for i, e := range elts {
		if e == nil {
			return nil, false
		}
		v, ok := constValue(e)
		if !ok {
			return nil, false
		}
		t[i] = v
	}
	return t, true
}

// constTruth returns the truth value of a constant.
func constTruth(v any) (bool, bool) {
	switch v := v.(type) {
	case nil:
		return false, true
	case bool:
		return v, true
	case int64:
		return v != 0, true
	case *big.Int:
		return v.Sign() != 0, true
	case float64:
		return v != 0, true
	case complex128:
		return v != 0, true
	case string:
		return v != "", true
	case Bytes:
		return len(v) != 0, true
	case Ellipsis:
		return true, true
	case ConstTuple:
		return len(v) != 0, true
	}
	return false, false
}
