package compiler

// This file defines a test helper that parses Python source with CPython's
// own `ast` module (the oracle) and converts the result to pyco's AST, so
// compiler tests do not depend on the state of package parser and can
// cross-check it.

import (
	"encoding/json"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"pyco/parser"
)

const oraclePython = "/root/.pyenv/versions/3.11.7/bin/python3"

const astDumpScript = `
import ast, json, sys
def conv(n):
    if isinstance(n, ast.AST):
        d = {'_t': type(n).__name__}
        for f in n._fields:
            d[f] = conv(getattr(n, f))
        for a in ('lineno', 'col_offset', 'end_lineno', 'end_col_offset'):
            if hasattr(n, a):
                d[a] = getattr(n, a)
        return d
    if isinstance(n, list):
        return [conv(x) for x in n]
    if isinstance(n, bytes):
        return {'_bytes': list(n)}
    if isinstance(n, complex):
        return {'_complex': repr(n.imag)}
    if isinstance(n, float):
        return {'_float': repr(n)}
    if isinstance(n, bool) or n is None or isinstance(n, str):
        return n
    if isinstance(n, int):
        return {'_int': str(n)}
    if n is Ellipsis:
        return {'_ellipsis': True}
    raise TypeError(type(n))
srcs = json.load(sys.stdin)
out = []
for s in srcs:
    try:
        out.append(conv(ast.parse(s)))
    except SyntaxError as e:
        out.append({'_error': e.msg})
print(json.dumps(out))
`

// pyParseAll parses each source with CPython's ast module; a nil entry
// means CPython's parser rejected it.
func pyParseAll(t testing.TB, srcs []string) []*parser.Module {
	t.Helper()
	if _, err := os.Stat(oraclePython); err != nil {
		t.Skip("python3 oracle not available")
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(oraclePython, "-c", astDumpScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python ast dump: %v", err)
	}
	var raw []map[string]any
	if err := json.Unmarshal(out, &raw); err != nil {
		t.Fatal(err)
	}
	mods := make([]*parser.Module, len(raw))
	for i, r := range raw {
		if _, bad := r["_error"]; bad {
			continue
		}
		mods[i] = &parser.Module{Filename: "t.py", Body: cvStmts(r["body"])}
	}
	return mods
}

func pyParse(t testing.TB, src string) *parser.Module {
	t.Helper()
	m := pyParseAll(t, []string{src})[0]
	if m == nil {
		t.Fatalf("python rejects %q", src)
	}
	return m
}

type jmap = map[string]any

func cvSpan(m jmap) parser.Span {
	num := func(k string) int {
		if v, ok := m[k].(float64); ok {
			return int(v)
		}
		return 0
	}
	return parser.Span{
		Pos: parser.Pos{Line: num("lineno"), Col: num("col_offset") + 1},
		End: parser.Pos{Line: num("end_lineno"), Col: num("end_col_offset") + 1},
	}
}

func cvStmts(v any) []parser.Stmt {
	l, _ := v.([]any)
	out := make([]parser.Stmt, 0, len(l))
	for _, x := range l {
		out = append(out, cvStmt(x.(jmap)))
	}
	return out
}

func cvExprs(v any) []parser.Expr {
	l, _ := v.([]any)
	out := make([]parser.Expr, 0, len(l))
	for _, x := range l {
		if x == nil {
			out = append(out, nil)
			continue
		}
		out = append(out, cvExpr(x))
	}
	return out
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func cvStmt(m jmap) parser.Stmt {
	sp := cvSpan(m)
	switch m["_t"] {
	case "FunctionDef", "AsyncFunctionDef":
		return &parser.FunctionDef{Span: sp, Name: str(m["name"]), Args: cvArgs(m["args"].(jmap)), Body: cvStmts(m["body"]),
			DecoratorList: cvExprs(m["decorator_list"]), Returns: cvExpr(m["returns"]), IsAsync: m["_t"] == "AsyncFunctionDef"}
	case "ClassDef":
		return &parser.ClassDef{Span: sp, Name: str(m["name"]), Bases: cvExprs(m["bases"]), Keywords: cvKeywords(m["keywords"]),
			Body: cvStmts(m["body"]), DecoratorList: cvExprs(m["decorator_list"])}
	case "Return":
		return &parser.Return{Span: sp, Value: cvExpr(m["value"])}
	case "Delete":
		return &parser.Delete{Span: sp, Targets: cvExprs(m["targets"])}
	case "Assign":
		return &parser.Assign{Span: sp, Targets: cvExprs(m["targets"]), Value: cvExpr(m["value"])}
	case "AugAssign":
		return &parser.AugAssign{Span: sp, Target: cvExpr(m["target"]), Op: cvOp(m["op"]), Value: cvExpr(m["value"])}
	case "AnnAssign":
		return &parser.AnnAssign{Span: sp, Target: cvExpr(m["target"]), Annotation: cvExpr(m["annotation"]), Value: cvExpr(m["value"]),
			Simple: cvInt(m["simple"]) == 1}
	case "For", "AsyncFor":
		return &parser.For{Span: sp, Target: cvExpr(m["target"]), Iter: cvExpr(m["iter"]), Body: cvStmts(m["body"]),
			Orelse: cvStmts(m["orelse"]), IsAsync: m["_t"] == "AsyncFor"}
	case "While":
		return &parser.While{Span: sp, Test: cvExpr(m["test"]), Body: cvStmts(m["body"]), Orelse: cvStmts(m["orelse"])}
	case "If":
		return &parser.If{Span: sp, Test: cvExpr(m["test"]), Body: cvStmts(m["body"]), Orelse: cvStmts(m["orelse"])}
	case "With", "AsyncWith":
		var items []*parser.WithItem
		for _, it := range m["items"].([]any) {
			im := it.(jmap)
			items = append(items, &parser.WithItem{ContextExpr: cvExpr(im["context_expr"]), OptionalVars: cvExpr(im["optional_vars"])})
		}
		return &parser.With{Span: sp, Items: items, Body: cvStmts(m["body"]), IsAsync: m["_t"] == "AsyncWith"}
	case "Raise":
		return &parser.Raise{Span: sp, Exc: cvExpr(m["exc"]), Cause: cvExpr(m["cause"])}
	case "Try":
		var hs []*parser.ExceptHandler
		for _, h := range m["handlers"].([]any) {
			hm := h.(jmap)
			hs = append(hs, &parser.ExceptHandler{Span: cvSpan(hm), Type: cvExpr(hm["type"]), Name: str(hm["name"]), Body: cvStmts(hm["body"])})
		}
		return &parser.Try{Span: sp, Body: cvStmts(m["body"]), Handlers: hs, Orelse: cvStmts(m["orelse"]), Finalbody: cvStmts(m["finalbody"])}
	case "Assert":
		return &parser.Assert{Span: sp, Test: cvExpr(m["test"]), Msg: cvExpr(m["msg"])}
	case "Import":
		return &parser.Import{Span: sp, Names: cvAliases(m["names"])}
	case "ImportFrom":
		return &parser.ImportFrom{Span: sp, Module: str(m["module"]), Names: cvAliases(m["names"]), Level: cvInt(m["level"])}
	case "Global":
		return &parser.Global{Span: sp, Names: cvStrings(m["names"])}
	case "Nonlocal":
		return &parser.Nonlocal{Span: sp, Names: cvStrings(m["names"])}
	case "Expr":
		return &parser.ExprStmt{Span: sp, Value: cvExpr(m["value"])}
	case "Pass":
		return &parser.Pass{Span: sp}
	case "Break":
		return &parser.Break{Span: sp}
	case "Continue":
		return &parser.Continue{Span: sp}
	}
	panic("unsupported statement " + str(m["_t"]))
}

func cvInt(v any) int {
	if m, ok := v.(jmap); ok {
		n, _ := strconv.Atoi(str(m["_int"]))
		return n
	}
	if f, ok := v.(float64); ok {
		return int(f)
	}
	return 0
}

func cvStrings(v any) []string {
	var out []string
	for _, x := range v.([]any) {
		out = append(out, x.(string))
	}
	return out
}

func cvAliases(v any) []*parser.Alias {
	var out []*parser.Alias
	for _, x := range v.([]any) {
		m := x.(jmap)
		out = append(out, &parser.Alias{Span: cvSpan(m), Name: str(m["name"]), AsName: str(m["asname"])})
	}
	return out
}

func cvKeywords(v any) []*parser.Keyword {
	var out []*parser.Keyword
	for _, x := range v.([]any) {
		m := x.(jmap)
		out = append(out, &parser.Keyword{Span: cvSpan(m), Arg: str(m["arg"]), Value: cvExpr(m["value"])})
	}
	return out
}

func cvArg(v any) *parser.Arg {
	if v == nil {
		return nil
	}
	m := v.(jmap)
	return &parser.Arg{Span: cvSpan(m), Arg: str(m["arg"]), Annotation: cvExpr(m["annotation"])}
}

func cvArgList(v any) []*parser.Arg {
	var out []*parser.Arg
	for _, x := range v.([]any) {
		out = append(out, cvArg(x))
	}
	return out
}

func cvArgs(m jmap) *parser.Arguments {
	return &parser.Arguments{
		PosOnlyArgs: cvArgList(m["posonlyargs"]), Args: cvArgList(m["args"]), Vararg: cvArg(m["vararg"]),
		KwOnlyArgs: cvArgList(m["kwonlyargs"]), KwDefaults: cvExprs(m["kw_defaults"]), Kwarg: cvArg(m["kwarg"]),
		Defaults: cvExprs(m["defaults"]),
	}
}

func cvOp(v any) parser.Operator {
	names := []string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
	t := str(v.(jmap)["_t"])
	for i, n := range names {
		if n == t {
			return parser.Operator(i)
		}
	}
	panic("bad op " + t)
}

func cvCmp(v any) parser.CmpOperator {
	names := []string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
	t := str(v.(jmap)["_t"])
	for i, n := range names {
		if n == t {
			return parser.CmpOperator(i)
		}
	}
	panic("bad cmp " + t)
}

func cvComps(v any) []*parser.Comprehension {
	var out []*parser.Comprehension
	for _, x := range v.([]any) {
		m := x.(jmap)
		out = append(out, &parser.Comprehension{Target: cvExpr(m["target"]), Iter: cvExpr(m["iter"]), Ifs: cvExprs(m["ifs"]), IsAsync: cvInt(m["is_async"]) == 1})
	}
	return out
}

func cvConst(sp parser.Span, v any) *parser.Constant {
	k := &parser.Constant{Span: sp}
	switch v := v.(type) {
	case nil:
		k.Kind = parser.ConstNone
	case bool:
		if v {
			k.Kind = parser.ConstTrue
		} else {
			k.Kind = parser.ConstFalse
		}
	case string:
		k.Kind, k.Str = parser.ConstStr, v
	case jmap:
		switch {
		case v["_int"] != nil:
			k.Kind = parser.ConstInt
			k.Int, _ = new(big.Int).SetString(str(v["_int"]), 10)
		case v["_float"] != nil:
			k.Kind = parser.ConstFloat
			k.Float, _ = strconv.ParseFloat(str(v["_float"]), 64)
		case v["_complex"] != nil:
			k.Kind = parser.ConstImag
			k.Float, _ = strconv.ParseFloat(str(v["_complex"]), 64)
		case v["_bytes"] != nil:
			k.Kind = parser.ConstBytes
			for _, b := range v["_bytes"].([]any) {
				k.Bytes = append(k.Bytes, byte(b.(float64)))
			}
		case v["_ellipsis"] != nil:
			k.Kind = parser.ConstEllipsis
		}
	}
	return k
}

func cvExpr(v any) parser.Expr {
	if v == nil {
		return nil
	}
	m := v.(jmap)
	sp := cvSpan(m)
	switch m["_t"] {
	case "BoolOp":
		op := parser.And
		if str(m["op"].(jmap)["_t"]) == "Or" {
			op = parser.Or
		}
		return &parser.BoolOp{Span: sp, Op: op, Values: cvExprs(m["values"])}
	case "NamedExpr":
		return &parser.NamedExpr{Span: sp, Target: cvExpr(m["target"]), Value: cvExpr(m["value"])}
	case "BinOp":
		return &parser.BinOp{Span: sp, Left: cvExpr(m["left"]), Op: cvOp(m["op"]), Right: cvExpr(m["right"])}
	case "UnaryOp":
		ops := map[string]parser.UnaryOperator{"Invert": parser.Invert, "Not": parser.Not, "UAdd": parser.UAdd, "USub": parser.USub}
		return &parser.UnaryOp{Span: sp, Op: ops[str(m["op"].(jmap)["_t"])], Operand: cvExpr(m["operand"])}
	case "Lambda":
		return &parser.Lambda{Span: sp, Args: cvArgs(m["args"].(jmap)), Body: cvExpr(m["body"])}
	case "IfExp":
		return &parser.IfExp{Span: sp, Test: cvExpr(m["test"]), Body: cvExpr(m["body"]), Orelse: cvExpr(m["orelse"])}
	case "Dict":
		return &parser.Dict{Span: sp, Keys: cvExprs(m["keys"]), Values: cvExprs(m["values"])}
	case "Set":
		return &parser.Set{Span: sp, Elts: cvExprs(m["elts"])}
	case "ListComp":
		return &parser.ListComp{Span: sp, Elt: cvExpr(m["elt"]), Generators: cvComps(m["generators"])}
	case "SetComp":
		return &parser.SetComp{Span: sp, Elt: cvExpr(m["elt"]), Generators: cvComps(m["generators"])}
	case "DictComp":
		return &parser.DictComp{Span: sp, Key: cvExpr(m["key"]), Value: cvExpr(m["value"]), Generators: cvComps(m["generators"])}
	case "GeneratorExp":
		return &parser.GeneratorExp{Span: sp, Elt: cvExpr(m["elt"]), Generators: cvComps(m["generators"])}
	case "Await":
		return &parser.Await{Span: sp, Value: cvExpr(m["value"])}
	case "Yield":
		return &parser.Yield{Span: sp, Value: cvExpr(m["value"])}
	case "YieldFrom":
		return &parser.YieldFrom{Span: sp, Value: cvExpr(m["value"])}
	case "Compare":
		var ops []parser.CmpOperator
		for _, o := range m["ops"].([]any) {
			ops = append(ops, cvCmp(o))
		}
		return &parser.Compare{Span: sp, Left: cvExpr(m["left"]), Ops: ops, Comparators: cvExprs(m["comparators"])}
	case "Call":
		return &parser.Call{Span: sp, Func: cvExpr(m["func"]), Args: cvExprs(m["args"]), Keywords: cvKeywords(m["keywords"])}
	case "FormattedValue":
		conv := rune(cvInt(m["conversion"]))
		if conv < 0 {
			conv = 0
		}
		return &parser.FormattedValue{Span: sp, Value: cvExpr(m["value"]), Conversion: conv, FormatSpec: cvExpr(m["format_spec"])}
	case "JoinedStr":
		return &parser.JoinedStr{Span: sp, Values: cvExprs(m["values"])}
	case "Constant":
		return cvConst(sp, m["value"])
	case "Attribute":
		return &parser.Attribute{Span: sp, Value: cvExpr(m["value"]), Attr: str(m["attr"])}
	case "Subscript":
		return &parser.Subscript{Span: sp, Value: cvExpr(m["value"]), Slice: cvExpr(m["slice"])}
	case "Starred":
		return &parser.Starred{Span: sp, Value: cvExpr(m["value"])}
	case "Name":
		return &parser.Name{Span: sp, Id: str(m["id"])}
	case "List":
		return &parser.List{Span: sp, Elts: cvExprs(m["elts"])}
	case "Tuple":
		return &parser.Tuple{Span: sp, Elts: cvExprs(m["elts"])}
	case "Slice":
		return &parser.Slice{Span: sp, Lower: cvExpr(m["lower"]), Upper: cvExpr(m["upper"]), Step: cvExpr(m["step"])}
	}
	panic("unsupported expression " + str(m["_t"]))
}
