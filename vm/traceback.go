package vm

// This file defines the printing of uncaught exceptions exactly as CPython
// 3.11 does: chained exceptions, "File ..., line N, in f" entries with the
// stripped source line, repeated-frame compression, SyntaxError carets and
// exception groups.

import (
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"
)

// SourceLine returns line n (1-based) of a file compiled by this
// interpreter; ok is false when unknown. Code compiled from a string
// (`-c`, exec) has no source lines, as in CPython, whose linecache finds
// no file "<string>".
func (in *Interpreter) SourceLine(filename string, n int) (string, bool) {
	if filename == "<string>" {
		return "", false
	}
	lines, ok := in.sources[filename]
	if !ok {
		return "", false
	}
	if n < 1 || n > len(lines) {
		return "", false
	}
	return lines[n-1], true
}

// SetSource records the source text of filename for tracebacks.
func (in *Interpreter) SetSource(filename string, src []byte) {
	in.sources[filename] = splitLines(string(src))
}

// PrintException prints e with its chain and traceback to sys.stderr.
func (in *Interpreter) PrintException(t *Thread, e *Exception) {
	var sb strings.Builder
	in.FormatException(t, &sb, e)
	in.writeStderr(t, sb.String())
}

// FormatException writes the CPython-style report of e to sb.
func (in *Interpreter) FormatException(t *Thread, sb *strings.Builder, e *Exception) {
	seen := map[*Exception]bool{}
	in.formatChain(t, sb, e, seen, "")
}

func (in *Interpreter) formatChain(t *Thread, sb *strings.Builder, e *Exception, seen map[*Exception]bool, indent string) {
	seen[e] = true
	if c, ok := e.Cause.(*Exception); ok && !seen[c] {
		in.formatChain(t, sb, c, seen, indent)
		sb.WriteString(indent + "\n" + indent + "The above exception was the direct cause of the following exception:\n" + indent + "\n")
	} else if c, ok := e.Context.(*Exception); ok && !seen[c] && !e.SuppressContext {
		in.formatChain(t, sb, c, seen, indent)
		sb.WriteString(indent + "\n" + indent + "During handling of the above exception, another exception occurred:\n" + indent + "\n")
	}
	if isSubtype(e.Class, BaseExceptionGroup) {
		in.formatGroup(t, sb, e, seen, indent, 0)
		return
	}
	in.formatOne(t, sb, e, indent)
}

// formatOne writes the traceback and the final line of one exception.
func (in *Interpreter) formatOne(t *Thread, sb *strings.Builder, e *Exception, indent string) {
	if e.Traceback != nil {
		sb.WriteString(indent + "Traceback (most recent call last):\n")
		in.formatTraceback(sb, e.Traceback, indent)
	}
	in.formatFinal(t, sb, e, indent)
}

func (in *Interpreter) formatTraceback(sb *strings.Builder, tb *Traceback, indent string) {
	type entry struct {
		file, name string
		line       int
	}
	var last entry
	count := 0
	flush := func() {
		if count > 3 {
			n := count - 3
			sb.WriteString(fmt.Sprintf("%s  [Previous line repeated %d more time%s]\n", indent, n, plural(n, "", "s")))
		}
	}
	for ; tb != nil; tb = tb.Next {
		f := tb.Frame
		cur := entry{f.Code.C.Filename, f.Code.C.Name, tb.Line}
		if cur == last {
			count++
		} else {
			flush()
			last = cur
			count = 1
		}
		if count > 3 {
			continue
		}
		sb.WriteString(fmt.Sprintf("%s  File \"%s\", line %d, in %s\n", indent, cur.file, cur.line, cur.name))
		if src, ok := in.SourceLine(cur.file, cur.line); ok {
			if s := strings.TrimSpace(src); s != "" {
				sb.WriteString(indent + "    " + s + "\n")
				in.formatCarets(sb, f.Code, tb.Lasti, src, indent)
			}
		}
	}
	flush()
}

// formatCarets writes CPython 3.11's PEP 657 caret line under a traceback
// source line when the failing instruction covers part of the line.
func (in *Interpreter) formatCarets(sb *strings.Builder, c *Code, lasti int, src, indent string) {
	if lasti < 0 || lasti >= len(c.C.Locs) {
		return
	}
	span := c.C.Locs[lasti]
	if span.Pos.Line == 0 || span.End.Line != span.Pos.Line || span.End.Col <= span.Pos.Col {
		return
	}
	runes := []rune(src)
	lead := 0
	for lead < len(runes) && (runes[lead] == ' ' || runes[lead] == '\t') {
		lead++
	}
	trimmed := strings.TrimSpace(src)
	n := utf8.RuneCountInString(trimmed)
	start := span.Pos.Col - 1 - lead
	end := span.End.Col - 1 - lead
	if start < 0 || end > n || (start == 0 && end == n) {
		return
	}
	sb.WriteString(indent + "    " + strings.Repeat(" ", start) + strings.Repeat("^", end-start) + "\n")
}

// excTypeName is how the final line names an exception class.
func excTypeName(c *Type) string {
	name := c.QualName()
	if c.Module != "" && c.Module != "builtins" && c.Module != "__main__" {
		return c.Module + "." + name
	}
	return name
}

func (in *Interpreter) formatFinal(t *Thread, sb *strings.Builder, e *Exception, indent string) {
	if isSubtype(e.Class, SyntaxError) {
		in.formatSyntaxError(t, sb, e, indent)
		return
	}
	name := excTypeName(e.Class)
	msg, err := StrOf(t, e)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if msg == "" {
		sb.WriteString(indent + name + "\n")
	} else {
		msg = strings.ReplaceAll(msg, "\n", "\n"+indent)
		sb.WriteString(indent + name + ": " + msg + suggestion(t, e) + "\n")
	}
	in.formatNotes(t, sb, e, indent)
}

func (in *Interpreter) formatNotes(t *Thread, sb *strings.Builder, e *Exception, indent string) {
	if e.Dict == nil {
		return
	}
	notes, ok := e.Dict.GetStr("__notes__")
	if !ok {
		return
	}
	Iterate(t, notes, func(n Object) (bool, error) {
		s, err := StrOf(t, n)
		if err != nil {
			s = "<note str() failed>"
		}
		sb.WriteString(indent + s + "\n")
		return true, nil
	})
}

func (in *Interpreter) formatSyntaxError(t *Thread, sb *strings.Builder, e *Exception, indent string) {
	get := func(n string) Object { return excGetAttrSimple(e, n) }
	fn, _ := get("filename").(*Str)
	ln, _ := get("lineno").(Int)
	if fn != nil || ln != 0 {
		file := "<string>"
		if fn != nil {
			file = fn.S
		}
		sb.WriteString(fmt.Sprintf("%s  File \"%s\", line %d\n", indent, file, ln))
	}
	if text, ok := get("text").(*Str); ok {
		line := strings.TrimRight(text.S, "\n")
		runes := []rune(line)
		lead := 0
		for lead < len(runes) && (runes[lead] == ' ' || runes[lead] == '\t' || runes[lead] == '\f') {
			lead++
		}
		stripped := strings.TrimSpace(string(runes[lead:]))
		sb.WriteString(indent + "    " + stripped + "\n")
		if off, ok := get("offset").(Int); ok && off > 0 {
			endOff := int(off)
			if eo, ok := get("end_offset").(Int); ok && int(eo) > int(off) {
				if el, ok := get("end_lineno").(Int); !ok || el == ln {
					endOff = int(eo)
				}
			}
			start := int(off) - 1 - lead
			if isSubtype(e.Class, IndentationError) {
				endOff = int(off)
			}
			n := utf8.RuneCountInString(stripped)
			if start > n {
				start = n
			}
			width := endOff - int(off)
			if width < 1 {
				width = 1
			}
			if start+width > n+1 {
				width = n + 1 - start
				if width < 1 {
					width = 1
				}
			}
			if start >= 0 {
				sb.WriteString(indent + "    " + strings.Repeat(" ", start) + strings.Repeat("^", width) + "\n")
			}
		}
	}
	msg, _ := StrOf(t, excGetAttrSimple(e, "msg"))
	if excGetAttrSimple(e, "msg") == None {
		msg = ""
	}
	name := excTypeName(e.Class)
	if msg == "" {
		sb.WriteString(indent + name + "\n")
	} else {
		sb.WriteString(indent + name + ": " + msg + "\n")
	}
}

// formatGroup writes an exception group with its nested exceptions, in
// CPython 3.11's boxed layout.
func (in *Interpreter) formatGroup(t *Thread, sb *strings.Builder, e *Exception, seen map[*Exception]bool, indent string, depth int) {
	prefix := indent
	if depth == 0 {
		prefix = "  "
	}
	var body strings.Builder
	if e.Traceback != nil {
		if depth == 0 {
			body.WriteString("+ Exception Group Traceback (most recent call last):\n")
		} else {
			body.WriteString("Exception Group Traceback (most recent call last):\n")
		}
		in.formatTraceback(&body, e.Traceback, "")
	}
	in.formatFinal(t, &body, e, "")
	lines := strings.Split(strings.TrimRight(body.String(), "\n"), "\n")
	for i, l := range lines {
		switch {
		case i == 0 && depth == 0 && e.Traceback != nil:
			sb.WriteString(prefix + l + "\n")
		default:
			sb.WriteString(prefix + "| " + l + "\n")
		}
	}
	excs, _ := excGetAttrSimple(e, "exceptions").(*Tuple)
	if excs == nil {
		return
	}
	for i, sub := range excs.Items {
		se, ok := sub.(*Exception)
		if !ok {
			continue
		}
		head := "+-+"
		if i > 0 {
			head = "  +"
		}
		sb.WriteString(prefix + head + fmt.Sprintf("---------------- %d ----------------\n", i+1))
		var inner strings.Builder
		sub2 := map[*Exception]bool{}
		for k := range seen {
			sub2[k] = true
		}
		if isSubtype(se.Class, BaseExceptionGroup) {
			in.formatGroup(t, &inner, se, sub2, "", depth+1)
		} else {
			in.formatChain(t, &inner, se, sub2, "")
		}
		for _, l := range strings.Split(strings.TrimRight(inner.String(), "\n"), "\n") {
			if isSubtype(se.Class, BaseExceptionGroup) {
				sb.WriteString(prefix + "  " + l + "\n")
			} else {
				sb.WriteString(prefix + "  | " + l + "\n")
			}
		}
	}
	sb.WriteString(prefix + "  +------------------------------------\n")
}

// suggestion returns CPython 3.11's ". Did you mean: 'x'?" hint for
// AttributeError and NameError; or "".
func suggestion(t *Thread, e *Exception) string {
	if e.Dict == nil {
		return ""
	}
	nameObj, ok := e.Dict.GetStr("name")
	if !ok {
		return ""
	}
	name, ok := nameObj.(*Str)
	if !ok {
		return ""
	}
	var candidates []string
	switch {
	case isSubtype(e.Class, AttributeError):
		obj, ok := e.Dict.GetStr("obj")
		if !ok {
			return ""
		}
		candidates = dirNames(t, obj)
	case isSubtype(e.Class, NameError):
		f := findFrameOf(e)
		if f == nil {
			return ""
		}
		var locals []string
		for _, k := range f.LocalsDict().Keys() {
			if s, ok := k.(*Str); ok {
				locals = append(locals, s.S)
			}
		}
		if best := bestMatch(name.S, locals); best != "" {
			return ". Did you mean: '" + best + "'?"
		}
		var globals []string
		for _, k := range f.Globals.Keys() {
			if s, ok := k.(*Str); ok {
				globals = append(globals, s.S)
			}
		}
		if best := bestMatch(name.S, globals); best != "" {
			return ". Did you mean: '" + best + "'?"
		}
		for _, k := range f.Builtins.Keys() {
			if s, ok := k.(*Str); ok {
				candidates = append(candidates, s.S)
			}
		}
	default:
		return ""
	}
	if best := bestMatch(name.S, candidates); best != "" {
		return ". Did you mean: '" + best + "'?"
	}
	return ""
}

func findFrameOf(e *Exception) *Frame {
	tb := e.Traceback
	if tb == nil {
		return nil
	}
	for tb.Next != nil {
		tb = tb.Next
	}
	return tb.Frame
}

func dirNames(t *Thread, o Object) []string {
	var out []string
	if d := instanceDict(o, false); d != nil {
		for _, k := range d.Keys() {
			if s, ok := k.(*Str); ok {
				out = append(out, s.S)
			}
		}
	}
	typ := o.Type()
	if c, ok := o.(*Type); ok {
		typ = c
	}
	for _, c := range typ.MRO {
		if c.Dict == nil {
			continue
		}
		for _, k := range c.Dict.Keys() {
			if s, ok := k.(*Str); ok {
				out = append(out, s.S)
			}
		}
	}
	return out
}

// bestMatch mirrors CPython's calculate_suggestions: the candidate (in
// sorted order) with the smallest weighted Levenshtein distance within the
// limit.
func bestMatch(name string, candidates []string) string {
	if len(candidates) > 750 || len(name) > 40 {
		return ""
	}
	sorted := append([]string(nil), candidates...)
	sort.Strings(sorted)
	best := ""
	bestDist := 1 << 30
	for _, c := range sorted {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * 2 / 6
		if bestDist-1 < maxDist {
			maxDist = bestDist - 1
		}
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best = c
			bestDist = d
		}
	}
	return best
}

// levenshtein is CPython's levenshtein_distance: moves cost 2, a
// case-only substitution 1.
func levenshtein(a, b string, maxCost int) int {
	const moveCost = 2
	if a == b {
		return 0
	}
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	if len(a) > 40 || len(b) > 40 {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*moveCost > maxCost {
		return maxCost + 1
	}
	buf := make([]int, len(a))
	for i := range buf {
		buf[i] = (i + 1) * moveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * moveCost
		result = distance
		minimum := 1 << 30
		for ai := 0; ai < len(a); ai++ {
			subCost := 0
			if code != a[ai] {
				if lower(code) == lower(a[ai]) {
					subCost = 1
				} else {
					subCost = moveCost
				}
			}
			substitute := distance + subCost
			distance = buf[ai]
			insDel := min(result, distance) + moveCost
			result = min(insDel, substitute)
			buf[ai] = result
			if result < minimum {
				minimum = result
			}
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 32
	}
	return c
}
