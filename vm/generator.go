package vm

// This file defines generators, coroutines and async generators: objects
// that own a suspended Frame. Resuming one re-enters the dispatch loop on
// its frame (never a goroutine); YIELD_VALUE saves pc and sp in the frame
// and leaves the loop. Coroutines are the same machinery with another kind.

import (
	"fmt"

	"pyco/compiler"
)

type genKind uint8

const (
	genGenerator genKind = iota
	genCoroutine
	genAsyncGen
)

// A Generator is a generator, coroutine or async generator object. It
// is made for every call of a generator function and of every coroutine
// that suspends, so it is kept small (80 bytes): rarely used state lives
// elsewhere (genFinal, unawaitedEntry, the thread's chain buffer).
type Generator struct {
	frame   *Frame // the suspended frame; or nil once finished
	code    *Code
	names   *genNames // __name__ and __qualname__
	kind    genKind
	running bool
	started bool
	done    bool
	// aRunning is set while an asend/athrow awaitable drives an async
	// generator.
	aRunning bool
	// revived marks a generator rebuilt from its genFinal after the
	// original was collected (genfinal.go): its repr shows the original's
	// address, fin.id, and it keeps fin.
	revived bool
	excInfo *Exception // the exception the frame was handling when it yielded
	// savedExc is the consumer's handled exception while the frame runs
	// inline (enterInline).
	savedExc *Exception
	// fin is set while the generator is tracked for closing when it is
	// collected or at exit (genfinal.go).
	fin *genFinal
	// unaw is the coroutine's entry while it is tracked for the
	// never-awaited warning, and origin where it was created
	// (unawaited.go).
	unaw   *unawaitedEntry
	origin coroOrigin
}

// genNames are a generator's __name__ and __qualname__, copied from its
// function when it is made. The function caches them (Function.gnames)
// so that its generators share one genNames until a name is assigned.
type genNames struct {
	Name, QualName string
}

// genNamesOf returns the names for a generator made by fn now.
func genNamesOf(fn *Function) *genNames {
	if n := fn.gnames; n != nil && n.Name == fn.Name && n.QualName == fn.QualName {
		return n
	}
	n := &genNames{Name: fn.Name, QualName: fn.QualName}
	fn.gnames = n
	return n
}

// The generator-family types.
var (
	CoroutineType       = &Type{Name: "coroutine", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	AsyncGeneratorType  = &Type{Name: "async_generator", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	CoroWrapperType     = &Type{Name: "coroutine_wrapper", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	AsyncGenASendType   = &Type{Name: "async_generator_asend", Module: "builtins", IsBuiltin: true, NoSubclass: true}
	asyncGenWrappedType = &Type{Name: "async_generator_wrapped_value", Module: "builtins", IsBuiltin: true, NoSubclass: true}
)

// Type returns generator, coroutine or async_generator.
func (g *Generator) Type() *Type {
	switch g.kind {
	case genCoroutine:
		return CoroutineType
	case genAsyncGen:
		return AsyncGeneratorType
	}
	return GeneratorType
}

// asyncGenWrapped marks a value yielded by an async generator's `yield`
// (as opposed to a value yielded by an await inside it).
type asyncGenWrapped struct{ V Object }

func (*asyncGenWrapped) Type() *Type { return asyncGenWrappedType }

func newGenerator(t *Thread, f *Frame, fn *Function) *Generator {
	g := &Generator{frame: f, code: f.Code, names: genNamesOf(fn)}
	flags := f.Code.C.Flags
	switch {
	case flags&compiler.FlagCoroutine != 0:
		g.kind = genCoroutine
	case flags&compiler.FlagAsyncGenerator != 0:
		g.kind = genAsyncGen
	}
	f.gen = g
	if g.kind == genCoroutine {
		t.noteCoroutine(g)
	}
	return g
}

func (g *Generator) kindName() string { return g.kind.name() }

// name is "generator", "coroutine" or "async generator".
func (k genKind) name() string {
	switch k {
	case genCoroutine:
		return "coroutine"
	case genAsyncGen:
		return "async generator"
	}
	return "generator"
}

// finish marks the generator as finished (its frame returned or raised).
func (g *Generator) finish() { g.done = true }

// suspend is called by YIELD_VALUE/YIELD_FROM when the frame suspends.
func (g *Generator) suspend(t *Thread) {}

// pep479 applies PEP 479 to exc, leaving the frame of a generator of
// the given kind: a StopIteration (or an async generator's
// StopAsyncIteration) becomes the RuntimeError it causes.
func pep479(kind genKind, exc *Exception) *Exception {
	var msg string
	switch {
	case isSubtype(exc.Class, StopIteration):
		msg = kind.name() + " raised StopIteration"
	case kind == genAsyncGen && isSubtype(exc.Class, StopAsyncIteration):
		msg = "async generator raised StopAsyncIteration"
	default:
		return exc
	}
	r := Errorf(RuntimeError, "%s", msg)
	r.Cause = exc
	r.Context = exc
	r.SuppressContext = true
	return r
}

// resume sends v into the generator (or raises throw in it). It returns
// the yielded value with done == false, or the return value with done ==
// true, or an error raised by the frame.
func (g *Generator) resume(t *Thread, v Object, throw *Exception) (Object, bool, error) {
	if g.running {
		return nil, false, Errorf(ValueError, "%s already executing", g.kindName())
	}
	if g.done {
		if throw != nil {
			return nil, true, throw
		}
		if g.kind == genCoroutine {
			return nil, true, Errorf(RuntimeError, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	f := g.frame
	if !g.started {
		if throw == nil && v != None && v != nil {
			return nil, false, Errorf(TypeError, "can't send non-None value to a just-started %s", g.kindName())
		}
	} else if throw == nil && v != nil {
		if sub := f.receive(v); sub != nil {
			return g.resumeChain(t, v, sub)
		}
	}
	return g.run(t, throw)
}

// receive gives v, the value sent into the suspended generator frame f,
// to the yield it is suspended in: v is pushed as the yield's value, but
// a STORE_FAST or POP_TOP right after a YIELD_VALUE (`x = yield v`,
// `yield v`) is done at once, which saves the resumed loop a dispatch. A
// frame suspended in a YIELD_FROM re-executes it with v pushed, unless
// it delegates to a started, suspended generator (a chain, which
// resumeChain resumes from its innermost level): then nothing changes
// and that generator is returned.
// (A suspended frame's pc is that of an instruction: the verifier makes
// every code end in a jump or a return.)
func (f *Frame) receive(v Object) (chain *Generator) {
	switch in := f.Code.code[f.pc]; in.Op() {
	case compiler.STORE_FAST:
		f.slots[in>>8] = v
		f.pc++
		return nil
	case compiler.POP_TOP:
		f.pc++
		return nil
	case compiler.YIELD_FROM:
		if sub, ok := f.slots[f.sp-1].(*Generator); ok && sub.started && !sub.done && !sub.running {
			return sub
		}
	}
	f.slots[f.sp] = v
	f.sp++
	return nil
}

// run resumes the frame as it is.
func (g *Generator) run(t *Thread, throw *Exception) (Object, bool, error) {
	f := g.frame
	if g.unaw != nil {
		g.markStarted()
	}
	g.started = true
	g.running = true
	saved := t.excInfo
	if g.excInfo != nil {
		t.excInfo = g.excInfo
	}
	f.gen = g
	r, err := t.run(f, throw)
	g.running = false
	if !g.done {
		g.excInfo = nil
		for _, b := range f.blocks {
			if b.kind == blockExceptHandler {
				g.excInfo = t.excInfo
			}
		}
		// While suspended the frame points neither to its generator nor
		// to its last caller, so that an abandoned generator can be
		// collected (genfinal.go); the next resumption attaches them.
		f.gen = nil
		f.back = nil
		if len(f.blocks) > 0 || g.fin != nil {
			g.track(t.Interp, f)
		}
	} else {
		g.frame = nil
		g.excInfo = nil
		if g.fin != nil {
			g.untrack()
		}
		// Nothing else holds a finished frame that did not escape
		// (tracebacks, gi_frame and sys._getframe set escaped): reuse it.
		f.gen = nil
		t.releaseFrame(f)
	}
	t.excInfo = saved
	if err != nil {
		return nil, true, err
	}
	return r, g.done, nil
}

// genSendMethod and coroSendMethod are generator.send and coroutine.send,
// which CALL_METHOD runs inline (inlSend).
var genSendMethod, coroSendMethod Object

// How a generator frame run inline gives its results to its consumer
// (Frame.inline).
const (
	// inlFor: FOR_ITER (or its fused form) at the consumer's pc-1 receives
	// the yielded values; returning ends the loop.
	inlFor = 1 + iota
	// inlYieldFrom: the consumer is suspended in the YIELD_FROM at its
	// pc-1 with the generator on top of its stack: a yield suspends the
	// consumer too (yielding the same value), a return replaces the
	// generator with the result.
	inlYieldFrom
	// inlSend: gen.send(v) called by the CALL_METHOD at the consumer's
	// pc-1 (whose stack is already popped): a yield is the call's result,
	// a return raises StopIteration there.
	inlSend
	// inlLazy: a lazy frame (see below). The consumer called it from the
	// CALL just before the GET_AWAITABLE or GET_YIELD_FROM_ITER, LOAD_CONST
	// None, YIELD_FROM of an await or a yield from, and waits after the
	// YIELD_FROM with the call's arguments popped: a return is the result
	// of the YIELD_FROM, as for a call.
	inlLazy
)

// Lazy frames. `await f(x)` and `yield from g(x)` create a coroutine or a
// generator only to run it at once inside the YIELD_FROM that follows;
// most such coroutines finish without ever suspending (an await that
// completes at once: recursion, helpers, a lock that is free), and then
// the object is garbage as soon as it is made. The loop therefore runs
// such a call as a call of a frame marked inlLazy, without a Generator.
// Nothing in the program can reach the coroutine while it runs (it is
// not on any stack and no frame attribute leads to it), so nothing can
// tell the difference until it suspends:
//   - return: the value is pushed on the consumer's stack, which is the
//     result of its YIELD_FROM;
//   - an exception leaving the frame gets PEP 479's conversion
//     (pep479) and continues in the consumer at its
//     YIELD_FROM, whose sub-iterator was never pushed;
//   - a yield (or a suspending YIELD_FROM) materializes the frame first
//     (materializeLazy): the Generator is made, started and running, and
//     pushed on the consumer's stack, and the frame becomes an
//     inlYieldFrom frame, the state enterInline would have produced had
//     the consumer's YIELD_FROM resumed the generator. From there on it
//     is an ordinary generator.

// The values of Code.lazyKind.
const (
	lazyAwait = 1 + iota
	lazyYieldFrom
)

// lazyCall reports whether the call instruction just before pc in c is
// followed by the sequence that awaits (kind lazyAwait) or delegates to
// (lazyYieldFrom) its result: GET_AWAITABLE 0 or GET_YIELD_FROM_ITER,
// then LOAD_CONST None and YIELD_FROM.
func lazyCall(c *Code, pc int, kind uint8) bool {
	ins := c.C.Code
	if pc+2 >= len(ins) || ins[pc+2].Op() != compiler.YIELD_FROM {
		return false
	}
	if ld := ins[pc+1]; ld.Op() != compiler.LOAD_CONST || c.Consts[ld.Arg()] != None {
		return false
	}
	switch get := ins[pc]; kind {
	case lazyAwait:
		return get.Op() == compiler.GET_AWAITABLE && get.Arg() == 0
	case lazyYieldFrom:
		return get.Op() == compiler.GET_YIELD_FROM_ITER
	}
	return false
}

// materializeLazy gives lazy frame f, about to suspend, its Generator:
// started and running, pushed on the consumer's stack where the
// consumer's YIELD_FROM expects its sub-iterator; f becomes an
// inlYieldFrom frame.
func (t *Thread) materializeLazy(f *Frame) {
	fn := f.Func
	g := &Generator{frame: f, code: f.Code, names: genNamesOf(fn), kind: lazyKindOf(f),
		started: true, running: true}
	// The consumer's handled exception, which the call left in place: the
	// outermost except handler of f saved it, or it is still current.
	g.savedExc = t.excInfo
	for _, b := range f.blocks {
		if b.kind == blockExceptHandler {
			g.savedExc = b.prevExc
			break
		}
	}
	f.gen = g
	f.inline = inlYieldFrom
	c := f.back
	c.slots[c.sp] = g
	c.sp++
}

// lazyKindOf is the kind of generator lazy frame f stands for.
func lazyKindOf(f *Frame) genKind {
	if f.Code.lazyKind == lazyAwait {
		return genCoroutine
	}
	return genGenerator
}

// enterInline resumes g with v (None for next()) inside the dispatch loop
// that runs consumer, as a call would be: it does what Generator.run does
// before t.run and returns g's frame, linked to consumer and made the
// thread's current frame, for the loop to continue in. It returns nil,
// having changed nothing, when g must be resumed through Generator.resume
// instead (running, finished, an async generator, a non-None value sent
// to a just-started generator, or at the recursion limit, for resume to
// report).
func (g *Generator) enterInline(t *Thread, consumer *Frame, v Object, kind uint8) *Frame {
	if g.running || g.done || g.kind == genAsyncGen || t.depth >= t.Interp.recursionLimit {
		return nil
	}
	f := g.frame
	if !g.started {
		if v != None {
			return nil
		}
		g.started = true
	} else if f.receive(v) != nil {
		// Suspended in a chain of delegations: resumeChain resumes the
		// innermost level directly, which is cheaper than re-executing
		// each level's YIELD_FROM.
		return nil
	}
	if g.unaw != nil {
		g.markStarted()
	}
	g.running = true
	g.savedExc = t.excInfo
	if g.excInfo != nil {
		t.excInfo = g.excInfo
	}
	f.gen = g
	f.back = consumer
	f.entry = false
	f.inline = kind
	t.depth++
	t.frame = f
	return f
}

// leaveSuspended is Generator.run's epilogue for g's frame f, run inline,
// after it yielded (its sp and pc saved; t.depth already decremented).
// The caller continues in the consumer (f.back, read before).
func (g *Generator) leaveSuspended(t *Thread, f *Frame) {
	g.running = false
	g.excInfo = nil
	for _, b := range f.blocks {
		if b.kind == blockExceptHandler {
			g.excInfo = t.excInfo
		}
	}
	f.gen = nil
	f.back = nil
	f.inline = 0
	if len(f.blocks) > 0 || g.fin != nil {
		g.track(t.Interp, f)
	}
	t.excInfo = g.savedExc
	g.savedExc = nil
}

// leaveDone is Generator.run's epilogue for g's frame f, run inline,
// after it returned or raised (g finished): the frame is released. The
// caller continues in the consumer (f.back, read before).
func (g *Generator) leaveDone(t *Thread, f *Frame) {
	g.running = false
	g.frame = nil
	g.excInfo = nil
	if g.fin != nil {
		g.untrack()
	}
	f.gen = nil
	f.inline = 0
	t.excInfo = g.savedExc
	g.savedExc = nil
	t.releaseFrame(f)
}

// resumeChain resumes g, suspended in an await / yield from of the
// generator sub, by resuming the innermost generator of the chain g -> sub
// -> ... directly, instead of re-entering the dispatch loop once per level
// (each suspended YIELD_FROM would only pass v down and the yielded value
// up). The levels above the innermost keep their suspended state; while it
// runs they are marked running, their frames are linked (f.back, for
// tracebacks and sys._getframe), the recursion depth counts them and the
// handled exception is the one the nested runs would have set. When a
// level finishes, its parent continues after its YIELD_FROM with the
// result (or the exception), as the YIELD_FROM would have.
func (g *Generator) resumeChain(t *Thread, v Object, sub *Generator) (Object, bool, error) {
	// The chain is built on the thread's chain buffer, above base (a
	// nested resumeChain, run by a level, builds its own above that and
	// truncates it back; the buffer may move, so it is indexed anew each
	// time). Entries are cleared after use so that it keeps nothing
	// alive.
	base := len(t.chain)
	savedFrame, savedDepth, savedExc := t.frame, t.depth, t.excInfo
	exc := savedExc
	cur := g
	back := savedFrame
	for {
		if cur.excInfo != nil {
			exc = cur.excInfo
		}
		// exc: t.excInfo while the levels below cur run. The level is
		// marked running and linked as it is found (a suspended chain
		// has no cycle: sub cannot be a level above).
		t.chain = append(t.chain, chainLevel{cur, exc})
		cur.running = true
		f := cur.frame
		f.back = back
		back = f
		cur = sub
		// sub.delegate(), inlined (sub is started and not done).
		sf := sub.frame
		if sf == nil {
			break
		}
		if c := sf.Code.code; sf.pc >= len(c) || c[sf.pc].Op() != compiler.YIELD_FROM {
			break
		}
		next, ok := sf.slots[sf.sp-1].(*Generator)
		if !ok || !next.started || next.done || next.running {
			break
		}
		sub = next
	}
	n := len(t.chain) - base
	t.frame = back
	t.depth += n
	t.excInfo = exc
	r, done, err := cur.resume(t, v, nil)
	i := n
	for i > 0 && (done || err != nil) {
		// The level below chain[i-1] finished: chain[i-1] continues after
		// its YIELD_FROM.
		i--
		p := t.chain[base+i].g
		t.chain[base+i] = chainLevel{}
		p.running = false
		f := p.frame
		f.back = nil
		t.depth--
		t.frame, t.excInfo = savedFrame, savedExc
		if i > 0 {
			l := &t.chain[base+i-1]
			t.frame, t.excInfo = l.g.frame, l.exc
		}
		if err != nil {
			r, done, err = p.throwAfterDelegate(t, err)
		} else {
			f.slots[f.sp-1] = r
			f.pc++
			r, done, err = p.run(t, nil)
		}
	}
	// The levels below i stay suspended. The buffer is cleared as it is
	// walked (the levels from i on, above), so that it keeps nothing
	// alive.
	for j := base; j < base+i; j++ {
		l := &t.chain[j]
		l.g.running = false
		l.g.frame.back = nil
		*l = chainLevel{}
	}
	t.chain = t.chain[:base]
	t.frame, t.depth, t.excInfo = savedFrame, savedDepth, savedExc
	return r, done, err
}

// chainLevel is one level of Generator.resumeChain: a generator suspended
// in a YIELD_FROM and the handled exception of the levels below it.
type chainLevel struct {
	g   *Generator
	exc *Exception
}

// delegate returns the sub-iterator the generator is suspended in (a
// YIELD_FROM); or nil.
func (g *Generator) delegate() Object {
	f := g.frame
	if !g.started || f == nil {
		return nil
	}
	// The quickened stream keeps YIELD_FROM as it is, at the same index.
	if c := f.Code.code; f.pc >= len(c) || c[f.pc].Op() != compiler.YIELD_FROM {
		return nil
	}
	return f.slots[f.sp-1]
}

// Send resumes the generator with v (gen.send(v); None for next()). It
// returns the yielded value with done == false, or the return value with
// done == true; err is the exception the generator raised.
func (g *Generator) Send(t *Thread, v Object) (result Object, done bool, err error) {
	return g.resume(t, v, nil)
}

// Throw raises exc inside the generator at its suspension point
// (gen.throw(exc)), delegating to a sub-iterator of `yield from` first.
func (g *Generator) Throw(t *Thread, exc *Exception) (result Object, done bool, err error) {
	if g.running {
		return nil, false, Errorf(ValueError, "%s already executing", g.kindName())
	}
	if sub := g.delegate(); sub != nil {
		var r Object
		var subDone bool
		var serr error
		if isSubtype(exc.Class, GeneratorExit) {
			serr = closeIter(t, sub)
			if serr == nil {
				serr = exc
			}
			return g.throwAfterDelegate(t, serr)
		}
		switch s := sub.(type) {
		case *Generator:
			g.running = true
			r, subDone, serr = s.Throw(t, exc)
			g.running = false
		default:
			m, err := GetAttrOpt(t, sub, "throw")
			if err != nil {
				return g.throwAfterDelegate(t, err)
			}
			if m == nil {
				return g.throwAfterDelegate(t, exc)
			}
			g.running = true
			r, serr = t.Call(m, []Object{exc}, nil)
			g.running = false
			if serr != nil {
				if e, ok := serr.(*Exception); ok && isSubtype(e.Class, StopIteration) {
					serr = nil
					subDone = true
					r = excGetAttrSimple(e, "value")
				}
			}
		}
		if serr != nil {
			return g.throwAfterDelegate(t, serr)
		}
		if !subDone {
			return r, false, nil
		}
		// The sub-iterator returned r: continue after the YIELD_FROM.
		f := g.frame
		f.slots[f.sp-1] = r
		f.pc++
		return g.run(t, nil)
	}
	return g.resume(t, nil, exc)
}

// throwAfterDelegate raises err in the generator's frame after its
// sub-iterator failed: the YIELD_FROM is finished with an exception.
func (g *Generator) throwAfterDelegate(t *Thread, err error) (Object, bool, error) {
	f := g.frame
	f.sp--
	f.slots[f.sp] = nil
	f.pc++
	return g.run(t, toException(err))
}

// Close implements gen.close().
func (g *Generator) Close(t *Thread) error {
	if g.done {
		return nil
	}
	if !g.started {
		g.done = true
		g.frame = nil
		g.markStarted()
		return nil
	}
	_, done, err := g.Throw(t, NewException(GeneratorExit))
	if err != nil {
		if e, ok := err.(*Exception); ok && (isSubtype(e.Class, GeneratorExit) || isSubtype(e.Class, StopIteration)) {
			return nil
		}
		return err
	}
	if !done {
		return Errorf(RuntimeError, "%s ignored GeneratorExit", g.kindName())
	}
	return nil
}

// closeIter calls sub.close() when it exists.
func closeIter(t *Thread, sub Object) error {
	if g, ok := sub.(*Generator); ok {
		return g.Close(t)
	}
	m, err := GetAttrOpt(t, sub, "close")
	if err != nil || m == nil {
		return err
	}
	_, err = t.Call(m, nil, nil)
	return err
}

// stopIteration returns StopIteration(value) (no args for None).
func stopIteration(v Object) *Exception {
	if v == nil || v == None {
		return NewException(StopIteration)
	}
	return NewException(StopIteration, v)
}

// delegateSend sends v into the sub-iterator of a `yield from` / await.
func delegateSend(t *Thread, sub, v Object) (Object, bool, error) {
	switch s := sub.(type) {
	case *Generator:
		return s.resume(t, v, nil)
	}
	var r Object
	var err error
	if v == None {
		next := sub.Type().Next
		if next == nil {
			return nil, false, Errorf(TypeError, "'%s' object is not an iterator", TypeName(sub))
		}
		r, err = next(t, sub)
		if err == nil && r == nil {
			return None, true, nil
		}
	} else {
		r, err = CallMethod(t, sub, "send", []Object{v}, nil)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && isSubtype(e.Class, StopIteration) {
			return excGetAttrSimple(e, "value"), true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

func genRepr(t *Thread, o Object) (Object, error) {
	g := o.(*Generator)
	id := objectID(g)
	if g.revived && g.fin != nil {
		id = g.fin.id
	}
	return NewStr(fmt.Sprintf("<%s object %s at %#x>", g.Type().Name, g.names.QualName, id)), nil
}

func genArg(args []Object, name string) (*Generator, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeError, "descriptor '%s' needs an argument", name)
	}
	g, ok := args[0].(*Generator)
	if !ok {
		return nil, Errorf(TypeError, "descriptor '%s' requires a 'generator' object but received a '%s'", name, TypeName(args[0]))
	}
	return g, nil
}

// throwArgs builds the exception of gen.throw(typ[, val[, tb]]).
func throwArgs(t *Thread, args []Object) (*Exception, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, Errorf(TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	typ := args[0]
	var exc *Exception
	switch x := typ.(type) {
	case *Exception:
		if len(args) > 1 && args[1] != None {
			return nil, Errorf(TypeError, "instance exception may not have a separate value")
		}
		exc = x
	case *Type:
		if !isSubtype(x, BaseException) {
			return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not type")
		}
		var val Object = None
		if len(args) > 1 {
			val = args[1]
		}
		if e, ok := val.(*Exception); ok && isSubtype(e.Class, x) {
			exc = e
		} else {
			var cargs []Object
			switch v := val.(type) {
			case *NoneType:
			case *Tuple:
				cargs = v.Items
			default:
				cargs = []Object{v}
			}
			o, err := t.Call(x, cargs, nil)
			if err != nil {
				return nil, err
			}
			e, ok := o.(*Exception)
			if !ok {
				return nil, Errorf(TypeError, "calling %s should have returned an instance of BaseException, not %s", reprType(x), TypeName(o))
			}
			exc = e
		}
	default:
		return nil, Errorf(TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", TypeName(typ))
	}
	if len(args) == 3 && args[2] != None {
		tb, ok := args[2].(*Traceback)
		if !ok {
			return nil, Errorf(TypeError, "throw() third argument must be a traceback object")
		}
		exc.Traceback = tb
	}
	return exc, nil
}

func init() {
	builtinTypes = append(builtinTypes, CoroutineType, AsyncGeneratorType, CoroWrapperType, AsyncGenASendType, asyncGenWrappedType)
	for _, typ := range []*Type{GeneratorType, CoroutineType, AsyncGeneratorType} {
		typ.Repr = genRepr
		typ.Hash = identityHash
		typ.GetAttr = genGetAttr
		typ.SetAttr = genSetAttr
	}
	GeneratorType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	GeneratorType.Next = func(t *Thread, o Object) (Object, error) {
		g := o.(*Generator)
		r, done, err := g.resume(t, None, nil)
		if err != nil {
			return nil, err
		}
		if done {
			if r != None {
				return nil, stopIteration(r)
			}
			return nil, nil
		}
		return r, nil
	}
	send := func(t *Thread, args []Object, kwnames []string) (Object, error) {
		g, err := genArg(args, "send")
		if err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, Errorf(TypeError, "%s.send() takes exactly one argument (%d given)", g.Type().Name, len(args)-1)
		}
		r, done, err := g.resume(t, args[1], nil)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, stopIteration(r)
		}
		return r, nil
	}
	throw := func(t *Thread, args []Object, kwnames []string) (Object, error) {
		g, err := genArg(args, "throw")
		if err != nil {
			return nil, err
		}
		exc, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		r, done, err := g.Throw(t, exc)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, stopIteration(r)
		}
		return r, nil
	}
	closeM := func(t *Thread, args []Object, kwnames []string) (Object, error) {
		g, err := genArg(args, "close")
		if err != nil {
			return nil, err
		}
		if len(args) != 1 {
			return nil, Errorf(TypeError, "%s.close() takes no arguments (%d given)", g.Type().Name, len(args)-1)
		}
		return None, g.Close(t)
	}
	for _, typ := range []*Type{GeneratorType, CoroutineType} {
		typ.AddMethod("send", send)
		typ.AddMethod("throw", throw)
		typ.AddMethod("close", closeM)
	}
	CoroutineType.AddMethod("__await__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		g, err := genArg(args, "__await__")
		if err != nil {
			return nil, err
		}
		return &coroWrapper{g}, nil
	})
	CoroWrapperType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	CoroWrapperType.Next = func(t *Thread, o Object) (Object, error) { return GeneratorType.Next(t, o.(*coroWrapper).g) }
	CoroWrapperType.AddMethod("send", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return send(t, append([]Object{args[0].(*coroWrapper).g}, args[1:]...), kwnames)
	})
	CoroWrapperType.AddMethod("throw", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return throw(t, append([]Object{args[0].(*coroWrapper).g}, args[1:]...), kwnames)
	})
	CoroWrapperType.AddMethod("close", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return None, args[0].(*coroWrapper).g.Close(t)
	})

	// Async generators.
	genSendMethod, _ = GeneratorType.Dict.GetStr("send")
	coroSendMethod, _ = CoroutineType.Dict.GetStr("send")
	AsyncGeneratorType.AddMethod("__aiter__", func(t *Thread, args []Object, kwnames []string) (Object, error) { return args[0], nil })
	AsyncGeneratorType.AddMethod("__anext__", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return &asyncGenASend{g: args[0].(*Generator), v: None}, nil
	})
	AsyncGeneratorType.AddMethod("asend", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "asend() takes exactly one argument (%d given)", len(args)-1)
		}
		return &asyncGenASend{g: args[0].(*Generator), v: args[1]}, nil
	})
	AsyncGeneratorType.AddMethod("athrow", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		exc, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		return &asyncGenASend{g: args[0].(*Generator), throw: exc}, nil
	})
	AsyncGeneratorType.AddMethod("aclose", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		return &asyncGenASend{g: args[0].(*Generator), throw: NewException(GeneratorExit), closing: true}, nil
	})
	AsyncGenASendType.Iter = func(t *Thread, o Object) (Object, error) { return o, nil }
	AsyncGenASendType.Next = func(t *Thread, o Object) (Object, error) { return o.(*asyncGenASend).send(t, None) }
	AsyncGenASendType.AddMethod("__await__", func(t *Thread, args []Object, kwnames []string) (Object, error) { return args[0], nil })
	AsyncGenASendType.AddMethod("send", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeError, "send() takes exactly one argument")
		}
		return args[0].(*asyncGenASend).send(t, args[1])
	})
	AsyncGenASendType.AddMethod("throw", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		a := args[0].(*asyncGenASend)
		exc, err := throwArgs(t, args[1:])
		if err != nil {
			return nil, err
		}
		r, done, err := a.g.Throw(t, exc)
		return a.result(r, done, err)
	})
	AsyncGenASendType.AddMethod("close", func(t *Thread, args []Object, kwnames []string) (Object, error) {
		args[0].(*asyncGenASend).finished = true
		return None, nil
	})
}

func genGetAttr(t *Thread, o Object, name string) (Object, error) {
	g := o.(*Generator)
	if len(name) < 3 || name[2] != '_' && name[0] != '_' {
		// Methods (send, throw...): no gi_/cr_/ag_ or dunder attribute.
		return genericGetAttr(t, o, name)
	}
	prefix := "gi_"
	switch g.kind {
	case genCoroutine:
		prefix = "cr_"
	case genAsyncGen:
		prefix = "ag_"
	}
	if name[0] != '_' {
		if name[:3] != prefix {
			return genericGetAttr(t, o, name)
		}
	}
	key := name
	if name[0] != '_' {
		// The switch below uses the gi_ spelling.
		key = "gi_" + name[3:]
	}
	switch key {
	case "__name__":
		return NewStr(g.names.Name), nil
	case "__qualname__":
		return NewStr(g.names.QualName), nil
	case "gi_running":
		if g.kind == genAsyncGen {
			// ag_running is true while an asend/athrow awaitable drives
			// the generator, even when it is suspended in an await.
			return MakeBool(g.aRunning), nil
		}
		return MakeBool(g.running), nil
	case "gi_frame":
		if g.frame == nil {
			return None, nil
		}
		g.frame.escaped = true
		return g.frame, nil
	case "gi_code":
		return g.code, nil
	case "gi_suspended":
		return MakeBool(g.started && !g.done && !g.running), nil
	case "gi_yieldfrom", "gi_await":
		if (key == "gi_await") == (g.kind == genGenerator) {
			break
		}
		if d := g.delegate(); d != nil {
			return d, nil
		}
		return None, nil
	}
	return genericGetAttr(t, o, name)
}

// genSetAttr makes __name__ and __qualname__ writable (strings only, as
// in CPython); every other attribute is read-only.
func genSetAttr(t *Thread, o Object, name string, v Object) error {
	g := o.(*Generator)
	switch name {
	case "__name__", "__qualname__":
		s, ok := v.(*Str)
		if !ok {
			return Errorf(TypeError, "%s must be set to a string object", name)
		}
		if name == "__name__" {
			g.names = &genNames{Name: s.S, QualName: g.names.QualName}
		} else {
			g.names = &genNames{Name: g.names.Name, QualName: s.S}
		}
		return nil
	}
	return genericSetAttr(t, o, name, v)
}

// coroWrapper is the iterator returned by coroutine.__await__().
type coroWrapper struct{ g *Generator }

func (*coroWrapper) Type() *Type { return CoroWrapperType }

// asyncGenASend is the awaitable returned by __anext__/asend/athrow/aclose.
type asyncGenASend struct {
	g        *Generator
	v        Object
	throw    *Exception
	started  bool
	finished bool
	closing  bool
}

func (*asyncGenASend) Type() *Type { return AsyncGenASendType }

func (a *asyncGenASend) send(t *Thread, v Object) (Object, error) {
	if a.finished {
		return nil, Errorf(RuntimeError, "cannot reuse already awaited __anext__()/asend()")
	}
	var r Object
	var done bool
	var err error
	if !a.started {
		if a.g.aRunning {
			a.finished = true
			switch {
			case a.closing:
				return nil, Errorf(RuntimeError, "aclose(): asynchronous generator is already running")
			case a.throw != nil:
				return nil, Errorf(RuntimeError, "athrow(): asynchronous generator is already running")
			}
			return nil, Errorf(RuntimeError, "anext(): asynchronous generator is already running")
		}
		a.started = true
		if a.throw != nil {
			if a.g.done || !a.g.started {
				if a.closing {
					a.g.done = true
					a.finished = true
					return nil, stopIteration(None)
				}
			}
			a.g.aRunning = true
			r, done, err = a.g.Throw(t, a.throw)
			return a.result(r, done, err)
		}
		if v == None {
			v = a.v
		}
	}
	if a.g.done {
		a.finished = true
		if a.closing {
			return nil, stopIteration(None)
		}
		return nil, NewException(StopAsyncIteration)
	}
	a.g.aRunning = true
	r, done, err = a.g.resume(t, v, nil)
	return a.result(r, done, err)
}

func (a *asyncGenASend) result(r Object, done bool, err error) (Object, error) {
	if _, wrapped := r.(*asyncGenWrapped); err != nil || done || wrapped {
		a.g.aRunning = false
	}
	if err != nil {
		a.finished = true
		if a.closing {
			if e, ok := err.(*Exception); ok && (isSubtype(e.Class, GeneratorExit) || isSubtype(e.Class, StopAsyncIteration)) {
				return nil, stopIteration(None)
			}
		}
		return nil, err
	}
	if done {
		a.finished = true
		if a.closing {
			return nil, stopIteration(None)
		}
		return nil, NewException(StopAsyncIteration)
	}
	if w, ok := r.(*asyncGenWrapped); ok {
		a.finished = true
		if a.closing {
			return nil, Errorf(RuntimeError, "async generator ignored GeneratorExit")
		}
		return nil, stopIteration(w.V)
	}
	return r, nil
}

// getAwaitable implements GET_AWAITABLE.
func getAwaitable(t *Thread, v Object, where int) (Object, error) {
	if g, ok := v.(*Generator); ok {
		if g.kind == genCoroutine {
			if d := g.delegate(); d != nil {
				return nil, Errorf(RuntimeError, "coroutine is being awaited already")
			}
			return g, nil
		}
		if g.kind == genGenerator && g.code.C.Flags&compiler.FlagIterableCoro != 0 {
			return g, nil
		}
	}
	m := lookupType(v.Type(), "__await__")
	if m == nil {
		switch where {
		case 1:
			return nil, Errorf(TypeError, "'async with' received an object from __aenter__ that does not implement __await__: %s", TypeName(v))
		case 2:
			return nil, Errorf(TypeError, "'async with' received an object from __aexit__ that does not implement __await__: %s", TypeName(v))
		}
		return nil, Errorf(TypeError, "object %s can't be used in 'await' expression", TypeName(v))
	}
	var it Object
	var err error
	if b, ok := m.(*Builtin); (ok && b.Self == nil) || isFunction(m) {
		// A plain method (a Go one: a future's, a task's; or a pyco
		// function): called with v as self, without making a bound
		// method each time.
		it, err = t.callWithSelf(m, v, nil, nil)
	} else {
		bound, e := bindDescr(t, m, v, v.Type())
		if e != nil {
			return nil, e
		}
		it, err = t.Call(bound, nil, nil)
	}
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.kind == genCoroutine {
		// The coroutine is dropped here: warn at this line if it never
		// started (the frame's pc is that of the call before the await).
		if f := t.frame; f != nil && !g.started {
			g.origin = coroOrigin{code: f.Code, pc: f.pc}
		}
		return nil, Errorf(TypeError, "__await__() returned a coroutine")
	}
	if it.Type().Next == nil {
		return nil, Errorf(TypeError, "__await__() returned non-iterator of type '%s'", TypeName(it))
	}
	return it, nil
}

// isFunction reports whether o is a pyco function.
func isFunction(o Object) bool {
	_, ok := o.(*Function)
	return ok
}

func getAIter(t *Thread, v Object) (Object, error) {
	m := lookupType(v.Type(), "__aiter__")
	if m == nil {
		return nil, Errorf(TypeError, "'async for' requires an object with __aiter__ method, got %s", TypeName(v))
	}
	bound, err := bindDescr(t, m, v, v.Type())
	if err != nil {
		return nil, err
	}
	it, err := t.Call(bound, nil, nil)
	if err != nil {
		return nil, err
	}
	if lookupType(it.Type(), "__anext__") == nil {
		return nil, Errorf(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: %s", TypeName(it))
	}
	return it, nil
}

func getANext(t *Thread, it Object) (Object, error) {
	m := lookupType(it.Type(), "__anext__")
	if m == nil {
		return nil, Errorf(TypeError, "'async for' requires an iterator with __anext__ method, got %s", TypeName(it))
	}
	bound, err := bindDescr(t, m, it, it.Type())
	if err != nil {
		return nil, err
	}
	aw, err := t.Call(bound, nil, nil)
	if err != nil {
		return nil, err
	}
	if _, ok := aw.(*asyncGenASend); ok {
		return aw, nil
	}
	r, err := getAwaitable(t, aw, 0)
	if err != nil {
		return nil, Errorf(TypeError, "'async for' received an invalid object from __anext__: %s", TypeName(aw))
	}
	return r, nil
}

func beforeAsyncWith(t *Thread, mgr Object) (Object, Object, error) {
	typ := mgr.Type()
	enter := lookupType(typ, "__aenter__")
	exit := lookupType(typ, "__aexit__")
	if enter == nil {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the asynchronous context manager protocol", TypeName(mgr))
	}
	if exit == nil {
		return nil, nil, Errorf(TypeError, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", TypeName(mgr))
	}
	ex, err := bindDescr(t, exit, mgr, typ)
	if err != nil {
		return nil, nil, err
	}
	en, err := bindDescr(t, enter, mgr, typ)
	if err != nil {
		return nil, nil, err
	}
	r, err := t.Call(en, nil, nil)
	if err != nil {
		return nil, nil, err
	}
	return ex, r, nil
}
