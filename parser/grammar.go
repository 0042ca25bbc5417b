package parser

// This file defines the participle grammar for statements. Each g* struct
// is one production; lower.go turns them into AST nodes. Expressions,
// parameter lists, call arguments, with-items and indented blocks are
// custom productions parsed by hand (expr.go, block.go) and plugged in with
// participle.ParseTypeWith. The grammar is deterministic with one token of
// lookahead: every alternative starts with a distinct keyword, and
// assignments are "expression, then an optional tail".

import (
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
)

// gStmt is one statement (a compound statement or a line of simple ones).
type gStmt struct {
	If     *gIf        `parser:"  @@"`
	While  *gWhile     `parser:"| @@"`
	For    *gFor       `parser:"| @@"`
	Try    *gTry       `parser:"| @@"`
	With   *gWith      `parser:"| @@"`
	Def    *gDef       `parser:"| @@"`
	Class  *gClass     `parser:"| @@"`
	Deco   *gDecorated `parser:"| @@"`
	Async  *gAsync     `parser:"| @@"`
	Simple *gSimple    `parser:"| @@"`
}

// gSimple is a line of simple statements separated by ';'.
type gSimple struct {
	Small []*gSmall `parser:"@@ ( (?! ';' Newline ) ';' @@ )* ';'? Newline"`
}

// gSmall is one simple statement.
type gSmall struct {
	Pos      lexer.Position
	Tokens   []lexer.Token
	Pass     bool       `parser:"  @'pass'"`
	Break    bool       `parser:"| @'break'"`
	Continue bool       `parser:"| @'continue'"`
	Return   *gReturn   `parser:"| @@"`
	Raise    *gRaise    `parser:"| @@"`
	Global   []string   `parser:"| 'global' @Name ( ',' @Name )*"`
	Nonlocal []string   `parser:"| 'nonlocal' @Name ( ',' @Name )*"`
	Del      *gDel      `parser:"| @@"`
	Assert   *gAssert   `parser:"| @@"`
	Import   *gImport   `parser:"| @@"`
	From     *gFrom     `parser:"| @@"`
	Expr     *gExprStmt `parser:"| @@"`
}

type gReturn struct {
	Kw    bool      `parser:"@'return'"`
	Value starExprs `parser:"@@?"`
}

type gRaise struct {
	Kw    bool     `parser:"@'raise'"`
	Exc   testExpr `parser:"( @@"`
	Cause testExpr `parser:"  ( 'from' @@ )? )?"`
}

type gDel struct {
	Targets starExprs `parser:"'del' @@"`
}

type gAssert struct {
	Test testExpr `parser:"'assert' @@"`
	Msg  testExpr `parser:"( ',' @@ )?"`
}

type gImport struct {
	Names []*gDotted `parser:"'import' @@ ( ',' @@ )*"`
}

type gDotted struct {
	Pos  lexer.Position
	Name []string `parser:"@Name ( '.' @Name )*"`
	As   string   `parser:"( 'as' @Name )?"`
}

type gFrom struct {
	Dots     []string       `parser:"'from' @( '.' | '...' )*"`
	Module   []string       `parser:"( @Name ( '.' @Name )* )?"`
	Star     bool           `parser:"'import' ( @'*'"`
	Names    []*gImportName `parser:"  | '(' @@ ( (?! ',' ')' ) ',' @@ )* ','? ')' | @@ ( (?! ',' Newline ) ',' @@ )*"`
	Trailing bool           `parser:"  @','? )"`
}

type gImportName struct {
	Pos    lexer.Position
	Tokens []lexer.Token
	Name   string `parser:"@Name"`
	As     string `parser:"( 'as' @Name )?"`
}

// gExprStmt is an expression statement or any kind of assignment.
type gExprStmt struct {
	First  yieldOrStar `parser:"@@"`
	Ann    testExpr    `parser:"( ':' @@"`
	AnnVal yieldOrStar `parser:"  ( '=' @@ )?"`
	AugOp  string      `parser:"| @( '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=' | '**=' | '//=' )"`
	AugVal yieldOrStar `parser:"  @@"`
	Rhs    []*gRHS     `parser:"| @@+ )?"`
}

type gRHS struct {
	Value yieldOrStar `parser:"'=' @@"`
}

type gIf struct {
	Pos   lexer.Position
	Test  namedExpr `parser:"'if' @@ ':'"`
	Body  blockNode `parser:"@@"`
	Elifs []*gElif  `parser:"@@*"`
	Else  blockNode `parser:"( 'else' ':' @@ )?"`
}

type gElif struct {
	Pos  lexer.Position
	Test namedExpr `parser:"'elif' @@ ':'"`
	Body blockNode `parser:"@@"`
}

type gWhile struct {
	Pos  lexer.Position
	Test namedExpr `parser:"'while' @@ ':'"`
	Body blockNode `parser:"@@"`
	Else blockNode `parser:"( 'else' ':' @@ )?"`
}

type gFor struct {
	Pos    lexer.Position
	Target targetList `parser:"'for' @@ 'in'"`
	Iter   starExprs  `parser:"@@ ':'"`
	Body   blockNode  `parser:"@@"`
	Else   blockNode  `parser:"( 'else' ':' @@ )?"`
}

type gTry struct {
	Pos      lexer.Position
	Body     blockNode  `parser:"'try' ':' @@"`
	Handlers []*gExcept `parser:"@@*"`
	Else     blockNode  `parser:"( 'else' ':' @@ )?"`
	Finally  blockNode  `parser:"( 'finally' ':' @@ )?"`
}

type gExcept struct {
	Pos  lexer.Position
	Type testExpr  `parser:"'except' ( @@"`
	Name string    `parser:"  ( 'as' @Name )? )? ':'"`
	Body blockNode `parser:"@@"`
}

type gWith struct {
	Pos   lexer.Position
	Items withItemsNode `parser:"'with' @@ ':'"`
	Body  blockNode     `parser:"@@"`
}

type gDef struct {
	Pos     lexer.Position
	Name    string     `parser:"'def' @Name '('"`
	Params  paramsNode `parser:"@@? ')'"`
	Returns testExpr   `parser:"( '->' @@ )? ':'"`
	Body    blockNode  `parser:"@@"`
}

type gClass struct {
	Pos  lexer.Position
	Name string    `parser:"'class' @Name"`
	Args argsNode  `parser:"( '(' @@ )? ':'"`
	Body blockNode `parser:"@@"`
}

type gDecorated struct {
	Decos []*gDeco   `parser:"@@+"`
	Def   *gDef      `parser:"( @@"`
	Class *gClass    `parser:"| @@"`
	Async *gAsyncDef `parser:"| @@ )"`
}

type gDeco struct {
	Expr namedExpr `parser:"'@' @@ Newline"`
}

type gAsyncDef struct {
	Pos lexer.Position
	Def *gDef `parser:"'async' @@"`
}

type gAsync struct {
	Pos  lexer.Position
	Def  *gDef  `parser:"'async' ( @@"`
	For  *gFor  `parser:"| @@"`
	With *gWith `parser:"| @@ )"`
}

// The statement parsers, built once.
var (
	buildOnce    sync.Once
	stmtParser   *participle.Parser[gStmt]
	simpleParser *participle.Parser[gSimple]
)

func parserOptions() []participle.Option {
	return []participle.Option{
		participle.Lexer(Definition{}),
		participle.UseLookahead(0),
		participle.ParseTypeWith(parseTestExpr),
		participle.ParseTypeWith(parseNamedExpr),
		participle.ParseTypeWith(parseStarExprs),
		participle.ParseTypeWith(parseYieldOrStar),
		participle.ParseTypeWith(parseTargetList),
		participle.ParseTypeWith(parseBlock),
		participle.ParseTypeWith(parseParams),
		participle.ParseTypeWith(parseClassArgs),
		participle.ParseTypeWith(parseWithItems),
	}
}

func buildParsers() {
	buildOnce.Do(func() {
		stmtParser = participle.MustBuild[gStmt](parserOptions()...)
		simpleParser = participle.MustBuild[gSimple](parserOptions()...)
	})
}
