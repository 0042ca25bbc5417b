// Package compiler translates a parsed module (package parser's AST) into
// Code objects: the bytecode that package vm executes. It imports only
// package parser and the Go standard library; it never imports vm or
// stdlib, and its constants are plain Go values (see code.go) that the VM
// converts once when it loads a Code.
//
// # Pipeline
//
// Compile (compile.go) runs two passes over the AST:
//
//  1. The symbol pass (symtable.go, CPython's symtable.c) builds one scope
//     per block — module, class body, function, lambda, comprehension —
//     and decides the scope of every name: local, global-explicit
//     (`global x`), global-implicit (not bound in any enclosing function),
//     free (bound in an enclosing function) or cell (local and captured by
//     an inner function). It also finds generators (`yield`), coroutines
//     (`async def`, `await`, `async for` in comprehensions), the implicit
//     __class__ cell of classes whose methods use super() or __class__,
//     and reports scope errors such as "no binding for nonlocal 'x' found".
//  2. Code generation (stmt.go, expr.go) walks each block and emits
//     instructions with symbolic jump labels into a unit; assemble.go then
//     resolves labels to absolute indices, threads jumps to jumps, drops
//     unreachable code, and computes StackSize and BlockDepth by walking
//     every reachable path with the stack-effect table.
//
// The instruction set is defined in opcodes.go: CPython 3.10's bytecode
// with one-value exceptions, BINARY_OP carrying the operator, absolute
// jump targets and 24-bit arguments. Disassemble (disasm.go) renders Code
// for tests and `pyco -dis`.
//
// # Names and frames
//
// Module and class bodies keep variables in a dict (LOAD_NAME/STORE_NAME;
// a class body reads free variables with LOAD_CLASSDEREF). Functions
// (FlagOptimized|FlagNewLocals) keep locals in fast slots (LOAD_FAST),
// globals via LOAD_GLOBAL, and captured variables in cells (LOAD_DEREF).
// A frame holds VarNames slots (parameters first), then the cells
// (CellVars, then FreeVars received through MAKE_FUNCTION's closure
// tuple); Cell2Arg says which parameters start out in a cell. Names are
// mangled inside class bodies (`__x` -> `_C__x`). Comprehensions and
// generator expressions are nested functions taking the outermost
// iterator as parameter `.0`; their outermost iterable is evaluated in the
// enclosing scope. A walrus inside a comprehension binds in the nearest
// enclosing function (or module).
//
// Function and lambda code objects always have Consts[0] = the docstring
// or None (CPython's convention); module and class bodies store the
// docstring into __doc__. Code.Locs gives the source span of every
// instruction: statements carry the statement's span, operations carry
// the span of the innermost expression node being computed (a call
// carries the call's span), which is what tracebacks show.
//
// Annotations: module and class bodies create __annotations__ (BUILD_MAP 0;
// STORE_NAME, standing in for CPython's SETUP_ANNOTATIONS) and store each
// simple `name: T`; a function's parameter and return annotations are
// evaluated after MAKE_FUNCTION and stored with STORE_ATTR __annotations__
// (pyco's MAKE_FUNCTION has no annotations operand). Under
// `from __future__ import annotations` the stored values are the
// annotations' source text.
//
// Constant folding (fold.go) turns literals, constant tuples, negative
// numbers and small int/str arithmetic into constants, and constant
// conditions into unconditional jumps; code that becomes unreachable is
// dropped by the assembler together with the constants only it used.
//
// # Block stack and unwinding
//
// try/except/finally and with use SETUP_FINALLY/SETUP_WITH handler blocks
// and the VM's EXCEPT_HANDLER blocks as the Notes in opcodes.go describe.
// At compile time the compiler keeps a parallel stack of "frame blocks"
// (fblock in stmt.go): loops, try bodies, finally bodies, handlers, with
// bodies. return, break and continue emit the exit code of every block
// they leave (POP_BLOCK, an inlined copy of the finally body, POP_EXCEPT
// and `del name` for `except ... as name`, the __exit__ call for with),
// exactly as CPython 3.10's compiler_unwind_fblock does; a return value
// being carried out is kept on top of the stack with ROT_TWO. A return
// inside a finally body therefore discards the pending exception.
//
// # Errors
//
// All compile errors are *parser.Error values of Kind "SyntaxError" with
// CPython 3.11's messages and positions. Internally they panic with a
// *compileError and are recovered once, in CompileSource; any other panic
// (a compiler bug) is reported as "internal compiler error: ...".
//
// # Adding an opcode
//
//  1. Add it to the const block in opcodes.go just before numOpcodes, with
//     a stack picture, and to opcodeNames.
//  2. Give it a stack effect in stackEffect (assemble.go) and, if it
//     pushes or pops blocks, in blockEffect; if it jumps, in Opcode.IsJump.
//  3. Teach disasm.go's argMeaning about its argument if it names something.
//  4. TestOpcodeTables checks steps 1 and 2; then tell the VM team.
package compiler
