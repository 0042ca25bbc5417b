package parser

// This file defines the abstract syntax tree that the parser produces and
// the compiler consumes. Node names and fields follow Python's own `ast`
// module (Python 3.11) so that CPython's documentation describes them; the
// differences are Go-shaped: no expression contexts (the compiler knows
// whether it compiles a target), constants carry a Kind, and `async`
// variants are a flag on the synchronous node.

import "math/big"

// A Pos is a position in a source file. Line is 1-based; Col is the 1-based
// column counted in Unicode code points (what a caret under the source line
// needs). The zero Pos means "unknown".
type Pos struct {
	Line int
	Col  int
}

// A Span is the source range of a node: Pos is its first character and End
// the position just after its last character (End may be zero if unknown).
type Span struct {
	Pos Pos
	End Pos
}

// Start returns where the node begins.
func (s Span) Start() Pos { return s.Pos }

// Node is implemented by every AST node.
type Node interface {
	Start() Pos
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// A Module is a whole parsed file (or a -c string, or one REPL input).
type Module struct {
	Filename string
	Body     []Stmt
}

// --- Statements ---

// FunctionDef is `[async] def Name(Args) -> Returns: Body`, with decorators.
type FunctionDef struct {
	Span
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // annotation; or nil
	IsAsync       bool
}

// ClassDef is `class Name(Bases, Keywords): Body`, with decorators.
type ClassDef struct {
	Span
	Name          string
	Bases         []Expr
	Keywords      []*Keyword // e.g. metaclass=M
	Body          []Stmt
	DecoratorList []Expr
}

// Return is `return [Value]`.
type Return struct {
	Span
	Value Expr // or nil
}

// Delete is `del Targets`.
type Delete struct {
	Span
	Targets []Expr
}

// Assign is `Targets[0] = Targets[1] = ... = Value`.
type Assign struct {
	Span
	Targets []Expr
	Value   Expr
}

// AugAssign is `Target Op= Value`.
type AugAssign struct {
	Span
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is `Target: Annotation [= Value]`. Simple is true when Target
// is a plain name not in parentheses.
type AnnAssign struct {
	Span
	Target     Expr
	Annotation Expr
	Value      Expr // or nil
	Simple     bool
}

// For is `[async] for Target in Iter: Body else: Orelse`.
type For struct {
	Span
	Target  Expr
	Iter    Expr
	Body    []Stmt
	Orelse  []Stmt
	IsAsync bool
}

// While is `while Test: Body else: Orelse`.
type While struct {
	Span
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is `if Test: Body` with `elif` chains nested in Orelse as a single If.
type If struct {
	Span
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is `[async] with Items: Body`.
type With struct {
	Span
	Items   []*WithItem
	Body    []Stmt
	IsAsync bool
}

// Raise is `raise [Exc [from Cause]]`.
type Raise struct {
	Span
	Exc   Expr // or nil for a bare re-raise
	Cause Expr // or nil
}

// Try is `try: Body except...: Handlers else: Orelse finally: Finalbody`.
type Try struct {
	Span
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is `assert Test[, Msg]`.
type Assert struct {
	Span
	Test Expr
	Msg  Expr // or nil
}

// Import is `import a.b.c [as d], ...`.
type Import struct {
	Span
	Names []*Alias
}

// ImportFrom is `from [.]*Module import Names`. Module is "" for `from . import x`;
// Level counts the leading dots. A star import has one Alias named "*".
type ImportFrom struct {
	Span
	Module string
	Names  []*Alias
	Level  int
}

// Global is `global Names`.
type Global struct {
	Span
	Names []string
}

// Nonlocal is `nonlocal Names`.
type Nonlocal struct {
	Span
	Names []string
}

// ExprStmt is an expression used as a statement (Python's ast.Expr).
type ExprStmt struct {
	Span
	Value Expr
}

// Pass is `pass`.
type Pass struct{ Span }

// Break is `break`.
type Break struct{ Span }

// Continue is `continue`.
type Continue struct{ Span }

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

// --- Expressions ---

// BoolOp is `Values[0] and Values[1] and ...` (or `or`); len(Values) >= 2.
type BoolOp struct {
	Span
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is `Target := Value`; Target is a *Name.
type NamedExpr struct {
	Span
	Target Expr
	Value  Expr
}

// BinOp is `Left Op Right`.
type BinOp struct {
	Span
	Left  Expr
	Op    Operator
	Right Expr
}

// UnaryOp is `Op Operand`.
type UnaryOp struct {
	Span
	Op      UnaryOperator
	Operand Expr
}

// Lambda is `lambda Args: Body`.
type Lambda struct {
	Span
	Args *Arguments
	Body Expr
}

// IfExp is `Body if Test else Orelse`.
type IfExp struct {
	Span
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display. A nil Keys[i] means `**Values[i]`.
type Dict struct {
	Span
	Keys   []Expr
	Values []Expr
}

// Set is a set display `{a, b, *c}` (never empty).
type Set struct {
	Span
	Elts []Expr
}

// ListComp is `[Elt for ...]`.
type ListComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is `{Elt for ...}`.
type SetComp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is `{Key: Value for ...}`.
type DictComp struct {
	Span
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is `(Elt for ...)`.
type GeneratorExp struct {
	Span
	Elt        Expr
	Generators []*Comprehension
}

// Await is `await Value`.
type Await struct {
	Span
	Value Expr
}

// Yield is `yield [Value]`.
type Yield struct {
	Span
	Value Expr // or nil
}

// YieldFrom is `yield from Value`.
type YieldFrom struct {
	Span
	Value Expr
}

// Compare is `Left Ops[0] Comparators[0] Ops[1] Comparators[1] ...`.
type Compare struct {
	Span
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is `Func(Args, Keywords)`. Args may contain *Starred for `*iterable`;
// a Keyword with Arg == "" is `**mapping`. Args and Keywords keep source
// order within each list; CPython requires positional before keyword except
// for `*` after keywords, which the parser accepts as CPython does.
type Call struct {
	Span
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// FormattedValue is one `{Value!Conversion:FormatSpec}` field of an f-string.
// Conversion is 0, 's', 'r' or 'a'. FormatSpec is nil or a *JoinedStr.
// A `{x=}` field is lowered by the parser into a Constant "x=" followed by a
// FormattedValue with Conversion 'r' (unless a conversion or spec is given),
// exactly as CPython does.
type FormattedValue struct {
	Span
	Value      Expr
	Conversion rune
	FormatSpec Expr
}

// JoinedStr is an f-string: Values are Constant (str) and FormattedValue
// parts. Implicit concatenation of f-strings with plain strings yields one
// JoinedStr.
type JoinedStr struct {
	Span
	Values []Expr
}

// ConstKind says which field of a Constant holds its value.
type ConstKind int

// The kinds of Constant.
const (
	ConstNone ConstKind = iota
	ConstTrue
	ConstFalse
	ConstEllipsis
	ConstInt   // Int
	ConstFloat // Float
	ConstImag  // Float is the imaginary part (complex literals; may be refused by the compiler)
	ConstStr   // Str (decoded, UTF-8)
	ConstBytes // Bytes (decoded)
)

// Constant is a literal: None, True, False, ..., a number, or a (possibly
// implicitly concatenated) string or bytes literal, already decoded.
type Constant struct {
	Span
	Kind  ConstKind
	Int   *big.Int
	Float float64
	Str   string
	Bytes []byte
}

// Attribute is `Value.Attr`.
type Attribute struct {
	Span
	Value Expr
	Attr  string
}

// Subscript is `Value[Slice]`. Slice is a *Slice, a *Tuple (for `a[1:2, 3]`)
// or any expression.
type Subscript struct {
	Span
	Value Expr
	Slice Expr
}

// Starred is `*Value` in a target, a display or a call.
type Starred struct {
	Span
	Value Expr
}

// Name is an identifier.
type Name struct {
	Span
	Id string
}

// List is a list display or list target.
type List struct {
	Span
	Elts []Expr
}

// Tuple is a tuple display or tuple target (with or without parentheses).
type Tuple struct {
	Span
	Elts []Expr
}

// Slice is `Lower:Upper:Step` inside a subscript; each part may be nil.
type Slice struct {
	Span
	Lower Expr
	Upper Expr
	Step  Expr
}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Await) exprNode()          {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}

// --- Auxiliary nodes ---

// Arguments is a parameter list: `def f(PosOnlyArgs, /, Args, *Vararg,
// KwOnlyArgs, **Kwarg)`. Defaults align with the *last* len(Defaults) of
// PosOnlyArgs+Args; KwDefaults has one entry per KwOnlyArgs (nil when that
// parameter has no default).
type Arguments struct {
	PosOnlyArgs []*Arg
	Args        []*Arg
	Vararg      *Arg // or nil
	KwOnlyArgs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg // or nil
	Defaults    []Expr
}

// Arg is one parameter.
type Arg struct {
	Span
	Arg        string
	Annotation Expr // or nil
}

// Keyword is `Arg=Value` in a call or class header; Arg == "" means `**Value`.
type Keyword struct {
	Span
	Arg   string
	Value Expr
}

// Alias is `Name [as AsName]` in an import; Name may be dotted (`a.b.c`).
type Alias struct {
	Span
	Name   string
	AsName string // or ""
}

// WithItem is `ContextExpr [as OptionalVars]`.
type WithItem struct {
	ContextExpr  Expr
	OptionalVars Expr // or nil
}

// ExceptHandler is `except [Type [as Name]]: Body`.
type ExceptHandler struct {
	Span
	Type Expr   // or nil for a bare except
	Name string // or ""
	Body []Stmt
}

// Comprehension is one `[async] for Target in Iter if Ifs...` clause.
type Comprehension struct {
	Target  Expr
	Iter    Expr
	Ifs     []Expr
	IsAsync bool
}

// --- Operators ---

// Operator is a binary arithmetic or bitwise operator (also used by AugAssign).
type Operator int

// The binary operators, in the order of Python's ast module.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// String returns the operator's source spelling, e.g. "+".
func (op Operator) String() string {
	return [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}[op]
}

// UnaryOperator is a prefix operator.
type UnaryOperator int

// The unary operators.
const (
	Invert UnaryOperator = iota // ~
	Not                         // not
	UAdd                        // +
	USub                        // -
)

// BoolOperator is `and` or `or`.
type BoolOperator int

// The boolean operators.
const (
	And BoolOperator = iota
	Or
)

// CmpOperator is a comparison operator.
type CmpOperator int

// The comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

// String returns the operator's source spelling, e.g. "not in".
func (op CmpOperator) String() string {
	return [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}[op]
}
