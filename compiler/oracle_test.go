package compiler

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// codeInfo is the metadata of one code object that must agree with
// CPython's compile(): the symbol table's decisions made visible.
type codeInfo struct {
	QualName  string   `json:"qualname"`
	FirstLine int      `json:"firstlineno"`
	Flags     int      `json:"flags"`
	ArgCount  int      `json:"argcount"`
	PosOnly   int      `json:"posonly"`
	KwOnly    int      `json:"kwonly"`
	VarNames  []string `json:"varnames"`
	CellVars  []string `json:"cellvars"`
	FreeVars  []string `json:"freevars"`
	Doc       any      `json:"doc"`
}

const codeInfoScript = `
import json, sys, types
def walk(co, out):
    doc = None
    if co.co_flags & 0x3 == 0x3 and co.co_name not in ('<listcomp>','<setcomp>','<dictcomp>','<genexpr>','<lambda>'):
        doc = co.co_consts[0] if co.co_consts and isinstance(co.co_consts[0], str) else None
    out.append(dict(qualname=co.co_qualname, firstlineno=co.co_firstlineno, flags=co.co_flags & 0x3bf,
        argcount=co.co_argcount, posonly=co.co_posonlyargcount, kwonly=co.co_kwonlyargcount,
        varnames=list(co.co_varnames), cellvars=list(co.co_cellvars), freevars=list(co.co_freevars), doc=doc))
    for k in co.co_consts:
        if isinstance(k, types.CodeType):
            walk(k, out)
res = []
for src in json.load(sys.stdin):
    out = []
    try:
        walk(compile(src, 't.py', 'exec', dont_inherit=True), out)
    except SyntaxError:
        out = None
    res.append(out)
print(json.dumps(res))
`

func pyCodeInfos(t testing.TB, srcs []string) [][]codeInfo {
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(oraclePython, "-c", codeInfoScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python compile: %v", err)
	}
	var res [][]codeInfo
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	return res
}

func ourCodeInfos(c *Code, out *[]codeInfo) {
	var doc any
	if c.Flags&(FlagOptimized|FlagNewLocals) == FlagOptimized|FlagNewLocals && !strings.HasPrefix(c.Name, "<") {
		if s, ok := c.Consts[0].(string); ok {
			doc = s
		}
	}
	*out = append(*out, codeInfo{QualName: c.QualName, FirstLine: c.FirstLine, Flags: int(c.Flags),
		ArgCount: c.ArgCount, PosOnly: c.PosOnlyArgCount, KwOnly: c.KwOnlyArgCount,
		VarNames: c.VarNames, CellVars: c.CellVars, FreeVars: c.FreeVars, Doc: doc})
	for _, k := range c.Consts {
		if sub, ok := k.(*Code); ok {
			ourCodeInfos(sub, out)
		}
	}
}

func normInfo(ci codeInfo) string {
	// Local variable order follows first use in code generation; compare
	// parameters in order and the other locals as a set.
	nparams := ci.ArgCount + ci.KwOnly
	if ci.Flags&int(FlagVarargs) != 0 {
		nparams++
	}
	if ci.Flags&int(FlagVarkw) != 0 {
		nparams++
	}
	vn := append([]string{}, ci.VarNames...)
	if nparams <= len(vn) {
		sort.Strings(vn[nparams:])
	}
	ci.VarNames = vn
	// CPython 3.11 lists cell parameters first; pyco keeps 3.10's sorted
	// order (with Cell2Arg).
	ci.CellVars = append([]string{}, ci.CellVars...)
	sort.Strings(ci.CellVars)
	if ci.FreeVars == nil {
		ci.FreeVars = []string{}
	}
	b, _ := json.Marshal(ci)
	return string(b)
}

// compareWithCPython compiles srcs with both compilers and reports
// differences in code-object metadata.
func compareWithCPython(t *testing.T, names, srcs []string) (ok, bad int) {
	mods := pyParseAll(t, srcs)
	infos := pyCodeInfos(t, srcs)
	for i, m := range mods {
		if m == nil || infos[i] == nil {
			continue
		}
		code, err := CompileSource(m, []byte(srcs[i]), ModeExec)
		if err != nil {
			t.Errorf("%s: %v", names[i], err)
			bad++
			continue
		}
		var ours []codeInfo
		ourCodeInfos(code, &ours)
		want := map[string]int{}
		for _, ci := range infos[i] {
			want[normInfo(ci)]++
		}
		got := map[string]int{}
		for _, ci := range ours {
			got[normInfo(ci)]++
		}
		var diffs []string
		// CPython merges equal code objects (e.g. a lambda in a finally
		// body, which both compilers emit twice); compare as sets.
		for k := range want {
			if got[k] == 0 {
				diffs = append(diffs, "want "+k)
			}
		}
		for k := range got {
			if want[k] == 0 {
				diffs = append(diffs, "got  "+k)
			}
		}
		if len(diffs) > 0 {
			sort.Slice(diffs, func(a, b int) bool { return diffs[a][5:] < diffs[b][5:] })
			if len(diffs) > 6 && os.Getenv("PYCO_ALLDIFFS") == "" {
				diffs = diffs[:6]
			}
			t.Errorf("%s:\n%s", names[i], strings.Join(diffs, "\n"))
			bad++
		} else {
			ok++
		}
	}
	return
}

// TestOracleCorpus compares code metadata with CPython for the files
// under $PYCO_CORPUS.
func TestOracleCorpus(t *testing.T) {
	dir := os.Getenv("PYCO_CORPUS")
	if dir == "" {
		t.Skip("set PYCO_CORPUS to a directory of Python files")
	}
	var files []string
	filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && filepath.Ext(p) == ".py" {
			files = append(files, p)
		}
		return nil
	})
	total, totalBad := 0, 0
	for i := 0; i < len(files); i += 50 {
		names := files[i:min(i+50, len(files))]
		var srcs []string
		for _, f := range names {
			b, _ := os.ReadFile(f)
			srcs = append(srcs, string(b))
		}
		func() {
			defer func() {
				if r := recover(); r != nil && !strings.HasPrefix(fmt.Sprint(r), "unsupported") {
					panic(r)
				}
			}()
			ok, bad := compareWithCPython(t, names, srcs)
			total += ok
			totalBad += bad
		}()
	}
	t.Logf("%d files agree, %d differ", total, totalBad)
}
