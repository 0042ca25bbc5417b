#!/usr/bin/env bash
# Regenerate golden files for the pyco conformance suite from the CPython oracle.
#
# Usage:
#   tests/regen.sh                 # regenerate every golden under tests/cases
#   tests/regen.sh PATH...         # only the given case .py files or directories
#
# The oracle is ${PYCO_ORACLE:-/root/.pyenv/versions/3.11.7/bin/python3}.
# Each case runs with cwd = its own directory as `python3 <name>.py`, with
# PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8, stdin from <name>.in (or /dev/null),
# and a 10 s timeout. CPython 3.9+ reports the script as an absolute path in
# tracebacks and SyntaxErrors; the case directory prefix ("<abs dir>/") is
# stripped from stderr so goldens read `File "name.py", line N` and do not
# depend on where the repository is checked out. The golden layout is:
#   status N\n -- stdout --\n <stdout> \n -- stderr --\n <stderr> \n
set -euo pipefail

ORACLE="${PYCO_ORACLE:-/root/.pyenv/versions/3.11.7/bin/python3}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cases_root="$here/cases"

tmpdir="$(mktemp -d)"
trap 'rm -rf "$tmpdir"' EXIT

# Collect case files: *.py whose basename does not start with '_'.
collect() {
    local p="$1"
    if [[ -d "$p" ]]; then
        find "$p" -type f -name '*.py' ! -name '_*' | LC_ALL=C sort
    elif [[ -f "$p" && "$p" == *.py ]]; then
        case "$(basename "$p")" in
            _*) echo "regen: skipping helper module $p" >&2 ;;
            *) echo "$p" ;;
        esac
    else
        echo "regen: not a case file or directory: $p" >&2
        return 1
    fi
}

files=()
if [[ $# -eq 0 ]]; then
    while IFS= read -r f; do files+=("$f"); done < <(collect "$cases_root")
else
    for arg in "$@"; do
        if [[ ! -d "$arg" && ! ( -f "$arg" && "$arg" == *.py ) ]]; then
            echo "regen: not a case file or directory: $arg" >&2
            exit 2
        fi
        while IFS= read -r f; do files+=("$f"); done < <(collect "$arg")
    done
fi

count=0
for f in "${files[@]}"; do
    dir="$(cd "$(dirname "$f")" && pwd -P)"
    base="$(basename "$f")"
    name="${base%.py}"
    stdin=/dev/null
    [[ -f "$dir/$name.in" ]] && stdin="$dir/$name.in"
    status=0
    (
        cd "$dir"
        exec env PYTHONHASHSEED=0 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1 \
            timeout 10 "$ORACLE" "$base" <"$stdin" >"$tmpdir/out" 2>"$tmpdir/err"
    ) || status=$?
    {
        printf 'status %d\n' "$status"
        printf -- '-- stdout --\n'
        cat "$tmpdir/out"
        printf '\n'
        printf -- '-- stderr --\n'
        err="$(cat "$tmpdir/err"; printf x)"
        err="${err%x}"
        printf '%s' "${err//"$dir/"/}"
        printf '\n'
    } >"$dir/$name.golden"
    count=$((count + 1))
done
echo "regen: wrote $count golden file(s)" >&2
