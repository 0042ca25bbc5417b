#!/usr/bin/env bash
# Benchmark pyco against CPython.
#
# Usage: bench/run.sh [-n N] [-t SECONDS] [BENCH ...]
#   -n N        best of N runs per interpreter (default 3)
#   -t SECONDS  timeout for a single run (default 300)
#   BENCH       benchmark files or names, e.g. bench/fib.py or fib
#               (default: every bench/*.py)
#
# Environment: PYTHON (default /root/.pyenv/versions/3.11.7/bin/python3),
#              PYCO   (use this pyco binary instead of building one).
#
# pyco is built as the README says, with
# `CGO_ENABLED=0 GOEXPERIMENT=nogreenteagc go build -o "$tmp/pyco" ./cmd/pyco`
# from the repo root.
# If it does not build (or a benchmark fails under pyco), the python timings
# are still reported and the pyco column shows the failure. Each benchmark's
# stdout under pyco must equal its stdout under python; the exit status is
# non-zero if any output differs or pyco fails.
set -euo pipefail

PYTHON="${PYTHON:-/root/.pyenv/versions/3.11.7/bin/python3}"
runs=3
limit=300

while getopts ':n:t:h' opt; do
    case "$opt" in
        n) runs="$OPTARG" ;;
        t) limit="$OPTARG" ;;
        h) sed -n '2,/^set /{/^#/p}' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        :) echo "run.sh: -$OPTARG needs a value" >&2; exit 2 ;;
        *) echo "run.sh: unknown option -$OPTARG" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
    echo "run.sh: -n must be a positive integer" >&2
    exit 2
fi

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$bench_dir/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

benches=()
if [[ $# -eq 0 ]]; then
    for f in "$bench_dir"/*.py; do benches+=("$f"); done
else
    for f in "$@"; do
        if [[ ! -f "$f" && -f "$bench_dir/$f" ]]; then f="$bench_dir/$f"; fi
        if [[ ! -f "$f" && -f "$bench_dir/$f.py" ]]; then f="$bench_dir/$f.py"; fi
        if [[ ! -f "$f" ]]; then echo "run.sh: no such benchmark: $f" >&2; exit 2; fi
        benches+=("$f")
    done
fi

pyco=""
if [[ -n "${PYCO:-}" ]]; then
    pyco="$PYCO"
elif (cd "$repo_root" && CGO_ENABLED=0 GOEXPERIMENT=nogreenteagc go build -o "$tmp/pyco" ./cmd/pyco) >"$tmp/build.log" 2>&1; then
    pyco="$tmp/pyco"
else
    echo "run.sh: pyco does not build; reporting python timings only" >&2
    sed 's/^/  /' "$tmp/build.log" | head -20 >&2
fi

now_ns() { date +%s%N; }

# fmt_secs NS -> seconds with 3 decimals
fmt_secs() {
    local ns=$1
    local ms=$(( (ns + 500000) / 1000000 ))
    printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}

# Peak memory comes from GNU time (Debian package "time") when it is there.
gnu_time=()
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
    gnu_time=(/usr/bin/time -f %M -o "$tmp/rss")
fi

# best_of INTERPRETER FILE OUTFILE -> sets $best_ns and $best_kb (the lowest
# peak RSS over the runs, in KiB, or "-"); returns non-zero on failure
best_of() {
    local interp=$1 file=$2 out=$3 i start end dt kb
    best_ns=""
    best_kb="-"
    for ((i = 0; i < runs; i++)); do
        start=$(now_ns)
        if ! (cd "$(dirname "$file")" && timeout "$limit" "${gnu_time[@]}" "$interp" "$(basename "$file")") \
            >"$out" 2>"$out.err" </dev/null; then
            return 1
        fi
        end=$(now_ns)
        dt=$((end - start))
        if [[ -z "$best_ns" || $dt -lt $best_ns ]]; then best_ns=$dt; fi
        if [[ ${#gnu_time[@]} -gt 0 ]]; then
            kb=$(tail -n 1 "$tmp/rss")
            if [[ "$best_kb" == "-" || $kb -lt $best_kb ]]; then best_kb=$kb; fi
        fi
    done
}

# ratio A B -> A/B with 2 decimals
ratio_of() { local r=$(( ($1 * 100 + $2 / 2) / $2 )); printf '%d.%02d' $((r / 100)) $((r % 100)); }

status=0
row() { printf '%-16s %10s %10s %8s %9s %9s %8s\n' "$@"; }
row benchmark python pyco ratio py_MiB pyco_MiB mem
row ---------------- ---------- ---------- -------- --------- --------- --------
for f in "${benches[@]}"; do
    name="$(basename "$f" .py)"
    if best_of "$PYTHON" "$f" "$tmp/py.out"; then
        py_ns=$best_ns
        py_kb=$best_kb
        py_col="$(fmt_secs "$py_ns")"
    else
        row "$name" FAIL - - - - -
        sed 's/^/  /' "$tmp/py.out.err" | tail -5 >&2
        status=1
        continue
    fi
    pyco_col=-
    ratio=-
    pyco_kb=-
    mem=-
    if [[ -n "$pyco" ]]; then
        if best_of "$pyco" "$f" "$tmp/pyco.out"; then
            if cmp -s "$tmp/py.out" "$tmp/pyco.out"; then
                pyco_col="$(fmt_secs "$best_ns")"
                ratio="$(ratio_of "$best_ns" "$py_ns")"
                pyco_kb=$best_kb
                if [[ "$py_kb" != "-" && "$pyco_kb" != "-" ]]; then mem="$(ratio_of "$pyco_kb" "$py_kb")"; fi
            else
                pyco_col=MISMATCH
                status=1
                {
                    echo "  $name: output differs"
                    echo "    python: $(head -c 200 "$tmp/py.out")"
                    echo "    pyco:   $(head -c 200 "$tmp/pyco.out")"
                } >&2
            fi
        else
            pyco_col=FAIL
            status=1
            sed 's/^/  /' "$tmp/pyco.out.err" | tail -5 >&2
        fi
    fi
    mib() { if [[ "$1" == "-" ]]; then echo -; else echo $(( ($1 + 512) / 1024 )); fi; }
    row "$name" "$py_col" "$pyco_col" "$ratio" "$(mib "$py_kb")" "$(mib "$pyco_kb")" "$mem"
done
exit "$status"
