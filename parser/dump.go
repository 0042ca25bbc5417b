package parser

// This file defines Dump, a one-line S-expression printer for AST nodes,
// used by the table tests and handy when debugging the compiler.

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

// Dump renders an AST node (or a slice of nodes, or a *Module) as a
// one-line S-expression: `(Type field...)` with fields in declaration
// order, positions omitted, nil as `nil`, slices as `[...]`, strings
// quoted only when empty or not identifier-like, and constants and
// operators in source spelling, e.g.
//
//	(Assign [(Name x)] (BinOp (Constant 1) + (Constant 2)))
func Dump(n any) string {
	var b strings.Builder
	dump(&b, reflect.ValueOf(n))
	return b.String()
}

var unaryNames = [...]string{"~", "not", "+", "-"}

func dump(b *strings.Builder, v reflect.Value) {
	if !v.IsValid() {
		b.WriteString("nil")
		return
	}
	switch x := v.Interface().(type) {
	case *Constant:
		if x == nil {
			b.WriteString("nil")
			return
		}
		b.WriteString("(Constant ")
		b.WriteString(constString(x))
		b.WriteString(")")
		return
	case Operator:
		b.WriteString(x.String())
		return
	case CmpOperator:
		b.WriteString(x.String())
		return
	case UnaryOperator:
		b.WriteString(unaryNames[x])
		return
	case BoolOperator:
		if x == And {
			b.WriteString("and")
		} else {
			b.WriteString("or")
		}
		return
	case rune:
		if x == 0 {
			b.WriteString("0")
		} else {
			b.WriteString(strconv.QuoteRune(x))
		}
		return
	case Span:
		return
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		dump(b, v.Elem())
	case reflect.Struct:
		t := v.Type()
		b.WriteString("(")
		b.WriteString(t.Name())
		for i := 0; i < t.NumField(); i++ {
			if t.Field(i).Type == reflect.TypeOf(Span{}) {
				continue
			}
			b.WriteString(" ")
			dump(b, v.Field(i))
		}
		b.WriteString(")")
	case reflect.Slice:
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(" ")
			}
			dump(b, v.Index(i))
		}
		b.WriteString("]")
	case reflect.String:
		s := v.String()
		if isIdentLike(s) {
			b.WriteString(s)
		} else {
			b.WriteString(strconv.Quote(s))
		}
	default:
		fmt.Fprint(b, v.Interface())
	}
}

func isIdentLike(s string) bool {
	if s == "" || s == "nil" {
		return false
	}
	for i, c := range s {
		if !(c == '_' || c == '.' || c == '*' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && c >= '0' && c <= '9' || c >= 0x80) {
			return false
		}
	}
	return true
}

func constString(c *Constant) string {
	switch c.Kind {
	case ConstNone:
		return "None"
	case ConstTrue:
		return "True"
	case ConstFalse:
		return "False"
	case ConstEllipsis:
		return "..."
	case ConstInt:
		return c.Int.String()
	case ConstFloat:
		return strconv.FormatFloat(c.Float, 'g', -1, 64)
	case ConstImag:
		return strconv.FormatFloat(c.Float, 'g', -1, 64) + "j"
	case ConstStr:
		return strconv.Quote(c.Str)
	case ConstBytes:
		return "b" + strconv.Quote(string(c.Bytes))
	}
	return "?"
}
