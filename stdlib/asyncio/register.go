package asyncio

// This file defines the registration of the Go module _asyncio, of the
// embedded Python module asyncio (asyncio.py) and of every other embedded
// Python file of this directory as a submodule asyncio.<name>.

import (
	"embed"
	"sort"
	"strings"

	"pyco/vm"
)

//go:embed *.py
var sources embed.FS

// submodules lists the names of the embedded library submodules
// (asyncio.locks...), sorted.
var submodules []string

func init() {
	vm.RegisterModule("_asyncio", initModule)
	entries, err := sources.ReadDir(".")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		name := strings.TrimSuffix(e.Name(), ".py")
		src, err := sources.ReadFile(e.Name())
		if err != nil {
			panic(err)
		}
		if name == "asyncio" {
			vm.RegisterSourceModule("asyncio", "<frozen asyncio>", src)
			continue
		}
		submodules = append(submodules, name)
		vm.RegisterSourceModule("asyncio."+name, "<frozen asyncio."+name+">", src)
	}
	sort.Strings(submodules)
}
