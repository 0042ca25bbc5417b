package compiler

// This file exports the instruction-set facts the VM's load-time bytecode
// verifier (vm/verify.go) needs, so that it checks code objects against
// the same tables the assembler used.

// Valid reports whether op is an opcode of the instruction set.
func (op Opcode) Valid() bool { return op < numOpcodes && opcodeNames[op] != "" }

// EndsFlow reports whether control never falls through an instruction
// with opcode op (an unconditional jump, a return or a raise).
func (op Opcode) EndsFlow() bool { return endsFlow(op) }

// StackEffect returns the change in operand-stack depth caused by
// executing op with argument arg; jump selects the branch-taken path of
// a jump. op must be Valid.
func StackEffect(op Opcode, arg int, jump bool) int { return stackEffect(op, arg, jump) }

// BlockEffect returns the change in block-stack depth caused by op on
// its fall-through path (SETUP_* also add one block on their handler
// path, where the EXCEPT_HANDLER block replaces the handler block).
func BlockEffect(op Opcode) int { return blockEffect(op) }
