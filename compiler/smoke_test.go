package compiler

import (
	"math/big"
	"testing"

	"pyco/parser"
)

func sp(l, c int) parser.Span { return parser.Span{Pos: parser.Pos{Line: l, Col: c}} }

func TestSmokeHandBuilt(t *testing.T) {
	checkDepths = true
	name := func(s string) *parser.Name { return &parser.Name{Span: sp(1, 1), Id: s} }
	num := func(i int64) *parser.Constant {
		return &parser.Constant{Span: sp(1, 1), Kind: parser.ConstInt, Int: big.NewInt(i)}
	}
	mod := &parser.Module{Filename: "t.py", Body: []parser.Stmt{
		&parser.Assign{Span: sp(1, 1), Targets: []parser.Expr{name("x")}, Value: &parser.BinOp{Span: sp(1, 5), Left: name("y"), Op: parser.Add, Right: num(2)}},
		&parser.FunctionDef{Span: sp(2, 1), Name: "f", Args: &parser.Arguments{Args: []*parser.Arg{{Span: sp(2, 7), Arg: "a"}}},
			Body: []parser.Stmt{
				&parser.For{Span: sp(3, 3), Target: name("i"), Iter: name("a"), Body: []parser.Stmt{
					&parser.If{Span: sp(4, 5), Test: &parser.Compare{Span: sp(4, 8), Left: name("i"), Ops: []parser.CmpOperator{parser.Lt}, Comparators: []parser.Expr{num(3)}},
						Body: []parser.Stmt{&parser.Break{Span: sp(5, 7)}}},
				}},
				&parser.Return{Span: sp(6, 3), Value: &parser.BinOp{Span: sp(6, 10), Left: name("a"), Op: parser.Add, Right: name("x")}},
			}},
	}}
	code, err := Compile(mod, ModeExec)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + Disassemble(code))
}
