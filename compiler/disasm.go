package compiler

// This file defines the disassembler used by tests and `pyco -dis`.

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"

	"pyco/parser"
)

// Disassemble renders c and, after it, every code object nested in its
// constants, one instruction per line:
//
//	line  pc  OPNAME  arg  (meaning)
//
// Each code object starts with a header line naming it and giving its
// flags, parameter counts and stack sizes.
func Disassemble(c *Code) string {
	var sb strings.Builder
	disassemble(&sb, c)
	return sb.String()
}

func disassemble(sb *strings.Builder, c *Code) {
	fmt.Fprintf(sb, "code %s (%s:%d) flags=%s args=%d posonly=%d kwonly=%d stack=%d blocks=%d\n",
		c.QualName, c.Filename, c.FirstLine, flagString(c.Flags), c.ArgCount, c.PosOnlyArgCount,
		c.KwOnlyArgCount, c.StackSize, c.BlockDepth)
	if len(c.VarNames) > 0 {
		fmt.Fprintf(sb, "  varnames: %s\n", strings.Join(c.VarNames, ", "))
	}
	if len(c.CellVars) > 0 {
		fmt.Fprintf(sb, "  cellvars: %s\n", strings.Join(c.CellVars, ", "))
	}
	if len(c.FreeVars) > 0 {
		fmt.Fprintf(sb, "  freevars: %s\n", strings.Join(c.FreeVars, ", "))
	}
	if c.Cell2Arg != nil {
		fmt.Fprintf(sb, "  cell2arg: %v\n", c.Cell2Arg)
	}
	lastLine := -1
	for pc := range c.Code {
		line := ""
		if l := c.Locs[pc].Pos.Line; l != lastLine {
			line = strconv.Itoa(l)
			lastLine = l
		}
		fmt.Fprintf(sb, "%4s %5d %s\n", line, pc, InstrString(c, pc))
	}
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			sb.WriteString("\n")
			disassemble(sb, sub)
		}
	}
}

var flagNames = []struct {
	f    CodeFlags
	name string
}{
	{FlagOptimized, "OPTIMIZED"}, {FlagNewLocals, "NEWLOCALS"}, {FlagVarargs, "VARARGS"},
	{FlagVarkw, "VARKEYWORDS"}, {FlagNested, "NESTED"}, {FlagGenerator, "GENERATOR"},
	{FlagCoroutine, "COROUTINE"}, {FlagIterableCoro, "ITERABLE_COROUTINE"},
	{FlagAsyncGenerator, "ASYNC_GENERATOR"},
}

func flagString(f CodeFlags) string {
	var parts []string
	for _, fn := range flagNames {
		if f&fn.f != 0 {
			parts = append(parts, fn.name)
		}
	}
	if len(parts) == 0 {
		return "0"
	}
	return strings.Join(parts, "|")
}

// InstrString renders instruction pc of c as `OPNAME arg (meaning)`.
func InstrString(c *Code, pc int) string {
	in := c.Code[pc]
	op, arg := in.Op(), in.Arg()
	s := fmt.Sprintf("%-20s %d", op, arg)
	if m := argMeaning(c, op, arg); m != "" {
		s += " (" + m + ")"
	}
	return s
}

func argMeaning(c *Code, op Opcode, arg int) string {
	at := func(list []string, i int) string {
		if i < len(list) {
			return list[i]
		}
		return "?"
	}
	switch op {
	case LOAD_CONST:
		if arg < len(c.Consts) {
			return ConstRepr(c.Consts[arg])
		}
		return "?"
	case LOAD_NAME, STORE_NAME, DELETE_NAME, LOAD_GLOBAL, STORE_GLOBAL, DELETE_GLOBAL,
		LOAD_ATTR, STORE_ATTR, DELETE_ATTR, LOAD_METHOD, IMPORT_NAME, IMPORT_FROM:
		return at(c.Names, arg)
	case LOAD_FAST, STORE_FAST, DELETE_FAST:
		return at(c.VarNames, arg)
	case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, LOAD_CLASSDEREF:
		if arg < len(c.CellVars) {
			return c.CellVars[arg]
		}
		return at(c.FreeVars, arg-len(c.CellVars))
	case BINARY_OP:
		if arg >= InplaceBase {
			return parser.Operator(arg-InplaceBase).String() + "="
		}
		return parser.Operator(arg).String()
	case COMPARE_OP:
		return parser.CmpOperator(arg).String()
	case IS_OP:
		if arg == 1 {
			return "is not"
		}
		return "is"
	case CONTAINS_OP:
		if arg == 1 {
			return "not in"
		}
		return "in"
	case FORMAT_VALUE:
		s := [...]string{"", "str", "repr", "ascii"}[arg&3]
		if arg&4 != 0 {
			if s != "" {
				s += ", "
			}
			s += "with format"
		}
		return s
	case MAKE_FUNCTION:
		var parts []string
		for _, f := range []struct {
			f    int
			name string
		}{{FuncDefaults, "defaults"}, {FuncKwDefaults, "kwdefaults"}, {FuncClosure, "closure"}} {
			if arg&f.f != 0 {
				parts = append(parts, f.name)
			}
		}
		return strings.Join(parts, ", ")
	case UNPACK_EX:
		return fmt.Sprintf("%d, %d", arg&0xff, arg>>8)
	}
	if op.IsJump() {
		return "to " + strconv.Itoa(arg)
	}
	return ""
}

// ConstRepr renders a constant as Python's repr() would.
func ConstRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return floatRepr(v)
	case complex128:
		if real(v) == 0 && !math.Signbit(real(v)) {
			return floatRepr(imag(v)) + "j"
		}
		return "(" + floatRepr(real(v)) + "+" + floatRepr(imag(v)) + "j)"
	case string:
		return strRepr(v)
	case Bytes:
		return "b" + strRepr(string(v))
	case Ellipsis:
		return "Ellipsis"
	case ConstTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = ConstRepr(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case *Code:
		return "<code " + v.Name + ">"
	}
	return fmt.Sprintf("%v", v)
}

func floatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if a := math.Abs(f); a >= 1e16 || (a != 0 && a < 1e-4) {
		s = strconv.FormatFloat(f, 'e', -1, 64)
		mant, exp, _ := strings.Cut(s, "e")
		if exp[0] == '+' {
			exp = exp[1:]
			exp = "+" + strings.TrimLeft(exp, "0")
		} else {
			exp = "-" + strings.TrimLeft(exp[1:], "0")
		}
		if len(exp) == 2 {
			exp = exp[:1] + "0" + exp[1:]
		}
		return mant + "e" + exp
	}
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}

func strRepr(s string) string {
	q := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		q = '"'
	}
	var sb strings.Builder
	sb.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&sb, `\x%02x`, r)
		default:
			sb.WriteRune(r)
		}
	}
	sb.WriteByte(q)
	return sb.String()
}
