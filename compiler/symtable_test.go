package compiler

import (
	"encoding/json"
	"fmt"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// symtableCases are snippets whose name resolution is compared, name by
// name and scope by scope, with CPython's symtable module.
var symtableCases = []string{
	"x = 1\nprint(x)\n",
	"def f(a):\n    b = a\n    return c\n",
	"def f():\n    x = 1\n    def g():\n        return x\n    return g\n",
	"def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n",
	"def f():\n    global x\n    x = 1\n",
	"def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n",
	"class C:\n    x = 1\n    def m(self):\n        return x\n",
	"def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n",
	"def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n",
	"class C:\n    def m(self):\n        super().m()\n",
	"class C:\n    def m(self):\n        return __class__\n",
	"class C:\n    def m(self):\n        def inner():\n            return super()\n",
	"def f(a):\n    return [a * x for x in range(3)]\n",
	"def f(xs):\n    return [y for x in xs for y in x]\n",
	"def f(xs):\n    if any((last := x) > 1 for x in xs):\n        return last\n",
	"[(w := x) for x in range(3)]\nprint(w)\n",
	"def f():\n    return [[(w := y) for y in x] for x in z]\n",
	"def f(a, /, b, *args, c, **kw):\n    return lambda: (a, b, args, c, kw)\n",
	"f = lambda x, y=1: x + y + z\n",
	"def f():\n    import os.path\n    from sys import argv as av\n    return os, av\n",
	"def f():\n    try:\n        pass\n    except E as e:\n        return e\n",
	"def f():\n    with open(p) as (a, b):\n        del a\n",
	"def f():\n    for i, (j, *k) in x:\n        pass\n",
	"def gen():\n    x = yield\n    yield from x\n",
	"async def f():\n    async for a in b:\n        await a\n    return [c async for c in d]\n",
	"def f():\n    x = 1\n    def g():\n        global x\n        x = 2\n        def h():\n            return x\n",
	"def f():\n    def g():\n        return y\n    y = 1\n",
	"class A:\n    class B:\n        def m(self):\n            return A, B\n",
	"def f():\n    class C:\n        nonlocal_ = 1\n    x = 1\n    return C\n",
	"def f(x):\n    def g(x):\n        return x\n",
	"def f():\n    x = 0\n    class C:\n        def m(self):\n            nonlocal x\n            x = 1\n",
	"class C:\n    __p = 1\n    def m(self):\n        __q = self.__p\n        return __q\n",
	"def f():\n    a = 1\n    return {k: a for k in b}, {a for _ in c}, (a for _ in d)\n",
	"def outer():\n    v = 1\n    def mid():\n        def inner():\n            return v\n        return inner\n    return mid\n",
	"def f():\n    del x\n    x = 1\n",
}

type symInfo struct {
	Key  string            `json:"key"`
	Syms map[string]string `json:"syms"`
}

const symtableScript = `
import json, sys, symtable
names = {1: 'local', 2: 'global-explicit', 3: 'global-implicit', 4: 'free', 5: 'cell'}
def walk(t, out):
    syms = {}
    for s in t.get_symbols():
        sc = s._Symbol__scope
        syms[s.get_name()] = names.get(sc, 'unknown')
    out.append({'key': '%s %s %d' % (t.get_type(), t.get_name(), t.get_lineno()), 'syms': syms})
    for c in t.get_children():
        walk(c, out)
res = []
for src in json.load(sys.stdin):
    out = []
    walk(symtable.symtable(src, 't.py', 'exec'), out)
    res.append(out)
print(json.dumps(res))
`

func ourSymtable(s *scope, out *[]symInfo) {
	typ := [...]string{"module", "class", "function"}[s.typ]
	line := s.line
	if s.typ == moduleScope {
		line = 0
	}
	info := symInfo{Key: fmt.Sprintf("%s %s %d", typ, s.name, line), Syms: map[string]string{}}
	for name, sym := range s.syms {
		info.Syms[name] = sym.scope.String()
	}
	*out = append(*out, info)
	for _, c := range s.children {
		ourSymtable(c, out)
	}
}

func dumpSyms(infos []symInfo) string {
	var lines []string
	for _, in := range infos {
		var names []string
		for n := range in.Syms {
			names = append(names, n)
		}
		sort.Strings(names)
		var parts []string
		for _, n := range names {
			parts = append(parts, n+"="+in.Syms[n])
		}
		lines = append(lines, in.Key+": "+strings.Join(parts, " "))
	}
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func TestSymtable(t *testing.T) {
	mods := pyParseAll(t, symtableCases)
	in, _ := json.Marshal(symtableCases)
	cmd := exec.Command(oraclePython, "-c", symtableScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want [][]symInfo
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, src := range symtableCases {
		st := buildSymtable(mods[i], false)
		var got []symInfo
		ourSymtable(st.top, &got)
		if g, w := dumpSyms(got), dumpSyms(want[i]); g != w {
			t.Errorf("%s\n--- got:\n%s\n--- want:\n%s", src, g, w)
		}
	}
}
